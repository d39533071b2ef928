import "server-only";
import { hashPassword } from "better-auth/crypto";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import type { Role } from "@/lib/history/actor";
import { getAuth, MIN_PASSWORD_LENGTH } from "./auth";
import { parseRole } from "./permissions";

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
}

export type UserResult = { ok: true; user: UserSummary } | { ok: false; message: string };

/**
 * Makes an account, or — with `replace` — gives an existing one this role and password and signs
 * it out everywhere (how a lost password is reset from the command line).
 */
export async function createOrResetUser(input: {
  email: string;
  password: string;
  role: Role;
  name?: string;
  replace?: boolean;
}): Promise<UserResult> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    return { ok: false, message: `“${input.email}” is not an email address.` };
  if (input.password.length < MIN_PASSWORD_LENGTH)
    return {
      ok: false,
      message: `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`,
    };
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing && !input.replace)
    return { ok: false, message: `An account for ${email} exists already.` };
  if (existing) {
    await setRole(existing.id, input.role);
    await setPassword(existing.id, input.password);
    return { ok: true, user: (await getUser(existing.id))! };
  }
  const auth = await getAuth();
  // The plugin's types know only its default roles; ours (reader, editor, admin) are plain strings
  // to it, and parseRole reads them back.
  const role = input.role as "admin";
  const created = await auth.api.createUser({
    body: { email, password: input.password, name: input.name?.trim() || email, role },
  });
  return { ok: true, user: (await getUser(created.user.id))! };
}

/** One account, or null. */
export async function getUser(id: string): Promise<UserSummary | null> {
  if (!isRecordId(id)) return null;
  const row = await db.user.findUnique({ where: { id }, select: userSelect });
  return row && toSummary(row);
}

/** The account with this email, or null. */
export async function findUserByEmail(email: string): Promise<UserSummary | null> {
  const row = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: userSelect,
  });
  return row && toSummary(row);
}

/** Accounts by email, a page at a time, optionally those whose email contains `query`. */
export async function listUsers({ query = "", page = 1, pageSize = 50 } = {}) {
  const where = query ? { email: { contains: query.trim().toLowerCase() } } : {};
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      select: userSelect,
      orderBy: { email: "asc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.user.count({ where }),
  ]);
  return { items: rows.map(toSummary), total, page, pageSize };
}

/** Gives an account another role; it applies to its next request, on every instance. */
export async function setRole(userId: string, role: Role): Promise<boolean> {
  if (!isRecordId(userId)) return false;
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { role } });
  return count > 0;
}

/** Disables or enables an account; disabling signs it out everywhere and stops its tokens. */
export async function setDisabled(userId: string, disabled: boolean): Promise<boolean> {
  if (!isRecordId(userId)) return false;
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { banned: disabled } });
  if (disabled) await db.session.deleteMany({ where: { userId } });
  return count > 0;
}

/** Sets a password (hashed by the auth library) and ends the account's sessions. */
export async function setPassword(userId: string, password: string): Promise<void> {
  const hash = await hashPassword(password);
  const updated = await db.account.updateMany({
    where: { userId, providerId: "credential" },
    data: { password: hash },
  });
  if (updated.count === 0)
    await db.account.create({
      data: {
        id: crypto.randomUUID(),
        userId,
        accountId: userId,
        providerId: "credential",
        password: hash,
      },
    });
  await db.session.deleteMany({ where: { userId } });
}

/** How many accounts there are (none: the first start makes one). */
export async function countUsers(): Promise<number> {
  return db.user.count();
}

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  banned: true,
  createdAt: true,
} as const;

function toSummary(row: {
  id: string;
  email: string;
  name: string;
  role: string;
  banned: boolean | null;
  createdAt: Date;
}): UserSummary {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: parseRole(row.role) ?? "reader",
    disabled: row.banned === true,
    createdAt: row.createdAt,
  };
}
