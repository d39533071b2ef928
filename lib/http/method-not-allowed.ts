import { apiError } from "./api-response";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Handlers for the methods a route does not serve, answering 405 in the API's JSON shape with an
 * Allow header (Next's own 405 has neither). Export the ones a route lacks.
 */
export function otherMethods(allowed: readonly Method[]): Record<Method, () => Promise<Response>> {
  const refuse = async () => {
    const response = apiError(
      405,
      "method_not_allowed",
      `This endpoint accepts ${allowed.join(", ")} only.`,
    );
    response.headers.set("Allow", allowed.join(", "));
    return response;
  };
  return { GET: refuse, POST: refuse, PUT: refuse, PATCH: refuse, DELETE: refuse };
}
