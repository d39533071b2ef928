import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import type { Actor } from "@/lib/history/actor";
import { parseRole } from "./permissions";

export interface ApiTokenSummary {
  id: string;
  name: string;
  /** The token's first characters, to tell tokens apart; the rest is never shown again. */
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const TOKEN_PREFIX = "cc_";
const summarySelect = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

/**
 * Makes an API token for a user and returns it once; only its SHA-256 is stored, so a copy of the
 * database cannot be used to call the API.
 */
export async function createApiToken(
  userId: string,
  name: string,
): Promise<{ token: string; summary: ApiTokenSummary }> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const summary = await db.apiToken.create({
    data: {
      userId,
      name: name.trim() || "API token",
      prefix: token.slice(0, 10),
      tokenHash: hashToken(token),
    },
    select: summarySelect,
  });
  return { token, summary };
}

/** A user's tokens, newest first, revoked ones included (they say when). */
export async function listApiTokens(userId: string): Promise<ApiTokenSummary[]> {
  return db.apiToken.findMany({
    where: { userId },
    select: summarySelect,
    orderBy: { createdAt: "desc" },
    take: 200,
  });
}

/** Revokes one of the user's own tokens; false when it is not theirs or already revoked. */
export async function revokeApiToken(userId: string, tokenId: string): Promise<boolean> {
  if (!isRecordId(tokenId)) return false;
  const { count } = await db.apiToken.updateMany({
    where: { id: tokenId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count > 0;
}

export type TokenCheck = { ok: true; actor: Actor } | { ok: false; reason: "unknown" | "revoked" };

/**
 * Who a bearer token acts for, with the owner's role as it is now. Looked up in the database on
 * every request, so a token revoked on one instance is refused by all of them at once.
 */
export async function actorForToken(token: string): Promise<TokenCheck> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200)
    return { ok: false, reason: "unknown" };
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, role: true, banned: true } },
    },
  });
  if (!row || row.user.banned) return { ok: false, reason: "unknown" };
  if (row.revokedAt) return { ok: false, reason: "revoked" };
  // Noting every use would make each read a write; once a minute says enough.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000)
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return {
    ok: true,
    actor: { id: row.user.id, name: row.user.email, role: parseRole(row.user.role) ?? "reader" },
  };
}

function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
