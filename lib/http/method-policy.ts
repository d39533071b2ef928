import type { Refusal } from "./refusal";

/** The methods some route of the app serves; a route refuses the rest of these itself (405). */
export const SERVED_METHODS: ReadonlySet<string> = new Set([
  "GET",
  "HEAD",
  "POST",
  "PUT",
  "PATCH",
  "DELETE",
  "OPTIONS",
]);

/**
 * 501 for a method no route of the app serves (PROPFIND, TRACE, …), which Next.js would answer
 * with an empty 400 or even a page; null for the methods routes decide about themselves.
 */
export function unknownMethodRefusal(method: string): Refusal | null {
  if (SERVED_METHODS.has(method)) return null;
  return {
    status: 501,
    code: "method_not_implemented",
    message: `This server does not support the method ${method.slice(0, 20)}.`,
  };
}

/**
 * The refusal for a request Node's HTTP parser could not read, by the parser's error code: an
 * unknown method (FOO) is 501, headers too large 431, too slow 408, anything else 400.
 */
export function clientErrorRefusal(code: string | undefined): Refusal {
  switch (code) {
    case "HPE_INVALID_METHOD":
      return {
        status: 501,
        code: "method_not_implemented",
        message: "This server does not support that method.",
      };
    case "HPE_HEADER_OVERFLOW":
      return {
        status: 431,
        code: "headers_too_large",
        message: "The request's headers are too large.",
      };
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return {
        status: 408,
        code: "request_timeout",
        message: "The request took too long to arrive.",
      };
    default:
      return {
        status: 400,
        code: "malformed_request",
        message: "The request is not valid HTTP.",
      };
  }
}
