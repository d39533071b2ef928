import "server-only";
import { redirect } from "next/navigation";
import { allows, type Permission } from "@/lib/auth/permissions";
import { isPrivateInstance } from "@/lib/auth/instance-mode";
import type { Actor } from "@/lib/history/actor";
import { currentActor } from "./current-actor";

export type PermissionCheck =
  { ok: true; actor: Actor } | { ok: false; message: string; status: 401 | 403 };

/**
 * Whether the person behind this request may do this — checked on the server for every action,
 * whatever the page showed them. Anonymous visitors are asked to sign in; signed-in people whose
 * role does not allow it are told which role would.
 */
export async function checkPermission(permission: Permission): Promise<PermissionCheck> {
  const actor = await currentActor();
  if (actor && allows(actor.role, permission, { isPrivate: isPrivateInstance() }))
    return { ok: true, actor };
  if (!actor)
    return { ok: false, status: 401, message: "Sign in to do this; your changes were not saved." };
  return {
    ok: false,
    status: 403,
    message: `Your account (${actor.role}) may not do this; ask an admin. Nothing was changed.`,
  };
}

/** For pages: the actor, or a redirect to the sign-in page (and back here after it). */
export async function requirePagePermission(permission: Permission, back: string): Promise<Actor> {
  const check = await checkPermission(permission);
  if (check.ok) return check.actor;
  if (check.status === 401) redirect(`/sign-in?next=${encodeURIComponent(back)}`);
  redirect(`/forbidden?need=${permission}`);
}
