import "server-only";
import type { Actor } from "@/lib/history/actor";
import { actorForToken } from "./api-tokens";
import { getAuth } from "./auth";
import { parseRole } from "./permissions";

export type ActorResolution =
  | { ok: true; actor: Actor | null }
  | { ok: false; reason: "bad_authorization" | "unknown_token" | "revoked_token" };

/**
 * Who a request acts for: the owner of its bearer token (programs), else the person whose session
 * cookie it carries, else nobody (null). A token that is malformed, unknown or revoked is an
 * error, never a silent fall-back to anonymous.
 */
export async function actorFromHeaders(headers: Headers): Promise<ActorResolution> {
  const authorization = headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1]) return { ok: false, reason: "bad_authorization" };
    const check = await actorForToken(match[1]);
    if (!check.ok)
      return { ok: false, reason: check.reason === "revoked" ? "revoked_token" : "unknown_token" };
    return { ok: true, actor: check.actor };
  }
  if (!/crosscheck\.session_token=/.test(headers.get("cookie") ?? ""))
    return { ok: true, actor: null };
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers });
  if (!session || session.user.banned) return { ok: true, actor: null };
  return {
    ok: true,
    actor: {
      id: session.user.id,
      name: session.user.email,
      role: parseRole(session.user.role) ?? "reader",
    },
  };
}
