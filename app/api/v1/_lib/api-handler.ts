import type { NextResponse } from "next/server";
import { logError } from "@/lib/log";
import { apiError } from "./api-response";

type Handler<C> = (request: Request, context: C) => Promise<Response | NextResponse>;

/**
 * Wraps a route handler so that nothing unexpected reaches a client as a stack trace: the error is
 * logged with the request, and the client gets a short 500 JSON body.
 */
export function apiHandler<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      logError("api.unexpected", error, { method: request.method, url: request.url });
      return apiError(
        500,
        "internal_error",
        "Something went wrong on our side; the error has been logged.",
      );
    }
  };
}
