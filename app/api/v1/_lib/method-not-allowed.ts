import { apiError } from "./api-response";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";

/**
 * Handlers for the methods a route does not serve, answering 405 in the API's JSON shape with an
 * honest Allow header (Next's own 405 has neither), and an OPTIONS that lists only what the route
 * serves (Next's own lists every method a route file exports). Export the ones a route lacks.
 */
export function otherMethods(
  allowed: readonly Exclude<Method, "OPTIONS">[],
): Record<Method, () => Promise<Response>> {
  const allow = [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const refuse = async () => {
    const response = apiError(
      405,
      "method_not_allowed",
      `This endpoint accepts ${allowed.join(", ")} only.`,
    );
    response.headers.set("Allow", allow);
    return response;
  };
  const options = async () => new Response(null, { status: 204, headers: { Allow: allow } });
  return {
    GET: refuse,
    POST: refuse,
    PUT: refuse,
    PATCH: refuse,
    DELETE: refuse,
    OPTIONS: options,
  };
}
