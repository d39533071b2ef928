import type { NextResponse } from "next/server";
import type { Permission } from "@/lib/auth/permissions";
import { readingFromReplica } from "@/lib/db/read-client";
import { PRIMARY_READS_HEADER } from "@/lib/http/primary-reads";
import type { Actor } from "@/lib/history/actor";
import { logError } from "@/lib/log";
import { apiError } from "./api-response";
import { authorize, authorizeWrite } from "./authorize";
import { mapDatabaseError } from "./database-errors";

type Handler<C, A> = (request: Request, context: C, actor: A) => Promise<Response | NextResponse>;

/**
 * Wraps a route handler: first the permission check (401/403 before anything is read), then the
 * handler, with the actor it acts for (anonymous GETs with their reads on a replica, if any). Nothing unexpected reaches a client as a stack trace: the
 * error is logged with the request, and the client gets a short 500 JSON body.
 */
export function apiHandler<C>(
  permission: "read",
  handler: Handler<C, Actor | null>,
): (request: Request, context: C) => Promise<Response>;
export function apiHandler<C>(
  permission: Exclude<Permission, "read">,
  handler: Handler<C, Actor>,
): (request: Request, context: C) => Promise<Response>;
export function apiHandler<C>(
  permission: Permission,
  handler: Handler<C, Actor | null> | Handler<C, Actor>,
) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      const allowed =
        permission === "read"
          ? await authorize(request, permission)
          : await authorizeWrite(request, permission);
      if (!allowed.ok) return allowed.response;
      // Anonymous reads may be a moment behind (a replica), unless the app's server will hold
      // the answer (scripts/lib/held-comparisons.ts); anyone signed in reads the primary, so a
      // program that just wrote sees its write in its next GET.
      const tolerateLag =
        allowed.actor === null &&
        (request.method === "GET" || request.method === "HEAD") &&
        request.headers.get(PRIMARY_READS_HEADER) !== "1";
      return await readingFromReplica(tolerateLag, () =>
        (handler as Handler<C, Actor | null>)(request, context, allowed.actor),
      );
    } catch (error) {
      const mapped = mapDatabaseError(error);
      if (mapped) return mapped;
      logError("api.unexpected", error, { method: request.method, url: request.url });
      return apiError(
        500,
        "internal_error",
        "Something went wrong on our side; the error has been logged.",
      );
    }
  };
}
