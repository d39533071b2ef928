import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { actorFromHeaders } from "@/lib/auth/actor-from-headers";
import type { Actor } from "@/lib/history/actor";

/** The signed-in person of this request (once per request), or null. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const resolved = await actorFromHeaders(await headers());
  return resolved.ok ? resolved.actor : null;
});
