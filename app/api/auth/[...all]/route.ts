// POST /api/auth/sign-in/email, /sign-out, /change-password; GET /api/auth/get-session — the
// account endpoints of better-auth that Crosscheck uses, and no others.
import { apiError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { getAuth } from "@/lib/auth/auth";

const SERVED = new Set([
  "POST /api/auth/sign-in/email",
  "POST /api/auth/sign-out",
  "POST /api/auth/change-password",
  "GET /api/auth/get-session",
]);

async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (!SERVED.has(`${request.method} ${pathname}`))
    return apiError(404, "not_found", `There is no endpoint ${request.method} ${pathname}.`);
  const auth = await getAuth();
  return auth.handler(request);
}

export { handle as GET, handle as POST };

// Without these, Next answers the other methods with an empty 405 (found by npm run fuzz).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET", "POST"]);
