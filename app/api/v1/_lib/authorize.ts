import type { NextResponse } from "next/server";
import { actorFromHeaders } from "@/lib/auth/actor-from-headers";
import { isPrivateInstance } from "@/lib/auth/instance-mode";
import { allows, type Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/history/actor";
import { apiError, type ApiErrorBody } from "./api-response";

type Authorized =
  { ok: true; actor: Actor | null } | { ok: false; response: NextResponse<ApiErrorBody> };

const REASONS = {
  bad_authorization: "The Authorization header must be `Bearer <token>`.",
  unknown_token: "This API token is not known; make one on your account page.",
  revoked_token: "This API token was revoked; make a new one on your account page.",
} as const;

/**
 * The request's actor if it may do this: 401 (with WWW-Authenticate) when it must sign in or its
 * token is bad, 403 when its role does not allow it. Route handlers call it before anything else.
 */
export async function authorize(request: Request, permission: Permission): Promise<Authorized> {
  const resolved = await actorFromHeaders(request.headers);
  if (!resolved.ok) return refuse(401, "unauthorized", REASONS[resolved.reason]);
  const { actor } = resolved;
  if (allows(actor?.role ?? null, permission, { isPrivate: isPrivateInstance() }))
    return { ok: true, actor };
  if (!actor)
    return refuse(
      401,
      "unauthorized",
      "Sign in or send an API token (Authorization: Bearer <token>) to do this.",
    );
  return refuse(403, "forbidden", `An account with the role ${actor.role} may not do this.`);
}

/** Like authorize, for writes: the actor is then never null. */
export async function authorizeWrite(
  request: Request,
  permission: Exclude<Permission, "read">,
): Promise<{ ok: true; actor: Actor } | { ok: false; response: NextResponse<ApiErrorBody> }> {
  const result = await authorize(request, permission);
  return result.ok && !result.actor
    ? refuse(401, "unauthorized", "Sign in or send an API token to do this.")
    : (result as { ok: true; actor: Actor } | { ok: false; response: NextResponse<ApiErrorBody> });
}

function refuse(status: 401 | 403, code: string, message: string) {
  const response = apiError(status, code, message);
  if (status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="crosscheck"');
  return { ok: false as const, response };
}
