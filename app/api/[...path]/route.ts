// Any /api path that names no endpoint: a JSON 404, since API clients cannot read the HTML page.
import { apiError } from "@/app/api/v1/_lib/api-response";

function unknownEndpoint(request: Request) {
  const { pathname } = new URL(request.url);
  return apiError(404, "not_found", `There is no endpoint ${request.method} ${pathname}.`);
}

export {
  unknownEndpoint as GET,
  unknownEndpoint as POST,
  unknownEndpoint as PUT,
  unknownEndpoint as PATCH,
  unknownEndpoint as DELETE,
  unknownEndpoint as OPTIONS,
};
