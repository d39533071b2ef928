import { describe, expect, test } from "vitest";
import { clientErrorRefusal, unknownMethodRefusal } from "./method-policy";

describe("unknownMethodRefusal", () => {
  test.each(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"])(
    "leaves %s to the routes",
    (method) => {
      expect(unknownMethodRefusal(method)).toBeNull();
    },
  );

  test.each(["PROPFIND", "TRACE", "MKCOL", "get"])("refuses %s with 501", (method) => {
    expect(unknownMethodRefusal(method)).toMatchObject({
      status: 501,
      code: "method_not_implemented",
    });
  });
});

describe("clientErrorRefusal", () => {
  test.each([
    ["HPE_INVALID_METHOD", 501],
    ["HPE_HEADER_OVERFLOW", 431],
    ["ERR_HTTP_REQUEST_TIMEOUT", 408],
    ["HPE_INVALID_HEADER_TOKEN", 400],
    [undefined, 400],
  ])("%s → %i", (code, status) => {
    expect(clientErrorRefusal(code).status).toBe(status);
  });
});
