import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { actorFromHeaders } from "./actor-from-headers";
import { createApiToken, revokeApiToken } from "./api-tokens";
import { getAuth } from "./auth";
import { LOGIN_LIMITS } from "./login-limits";
import { createOrResetUser } from "./user-data";

const emails: string[] = [];
afterAll(async () => {
  await db.user.deleteMany({ where: { email: { in: emails } } });
  await db.loginLimit.deleteMany({});
});

async function account(role: "reader" | "editor" | "admin") {
  const email = `${role}-${crypto.randomUUID().slice(0, 8)}@test.example`;
  emails.push(email);
  const password = `pw-${crypto.randomUUID()}`;
  const made = await createOrResetUser({ email, password, role });
  if (!made.ok) throw new Error(made.message);
  return { email, password, id: made.user.id };
}

async function signIn(email: string, password: string, address = "192.0.2.10") {
  const auth = await getAuth();
  const headers = new Headers({ "x-crosscheck-client-ip": address });
  try {
    const result = await auth.api.signInEmail({
      body: { email, password },
      headers,
      returnHeaders: true,
    });
    const cookie = result.headers.get("set-cookie")?.split(";")[0] ?? "";
    return { status: 200, cookie };
  } catch (error) {
    return { status: (error as { statusCode?: number }).statusCode ?? 500, cookie: "" };
  }
}

describe("accounts", () => {
  test("a session cookie acts as its account, with its role as it is now", async () => {
    const editor = await account("editor");
    const { status, cookie } = await signIn(editor.email, editor.password);
    expect(status).toBe(200);
    const resolved = await actorFromHeaders(new Headers({ cookie }));
    expect(resolved).toEqual({
      ok: true,
      actor: { id: editor.id, name: editor.email, role: "editor" },
    });
    await db.user.update({ where: { id: editor.id }, data: { role: "reader" } });
    const after = await actorFromHeaders(new Headers({ cookie }));
    expect(after.ok && after.actor?.role).toBe("reader");
  });

  test("a wrong password is refused, and the account is locked after too many tries", async () => {
    const reader = await account("reader");
    for (let i = 0; i < LOGIN_LIMITS.perAccount.points; i++)
      expect((await signIn(reader.email, "wrong password", `192.0.2.${20 + i}`)).status).toBe(401);
    // Even the right password now waits, from any address.
    expect((await signIn(reader.email, reader.password, "192.0.2.99")).status).toBe(429);
  });

  test("a token acts for its owner until it is revoked", async () => {
    const admin = await account("admin");
    const { token, summary } = await createApiToken(admin.id, "test");
    const bearer = (value: string) => new Headers({ authorization: `Bearer ${value}` });
    expect(await actorFromHeaders(bearer(token))).toMatchObject({
      ok: true,
      actor: { role: "admin" },
    });
    expect(await actorFromHeaders(bearer(`${token}x`))).toEqual({
      ok: false,
      reason: "unknown_token",
    });
    expect(await revokeApiToken(admin.id, summary.id)).toBe(true);
    expect(await actorFromHeaders(bearer(token))).toEqual({ ok: false, reason: "revoked_token" });
    expect(await actorFromHeaders(new Headers({ authorization: "Basic abc" }))).toEqual({
      ok: false,
      reason: "bad_authorization",
    });
  });

  test("no cookie and no token is nobody", async () => {
    expect(await actorFromHeaders(new Headers())).toEqual({ ok: true, actor: null });
  });
});
