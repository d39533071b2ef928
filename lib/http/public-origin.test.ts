import { expect, test } from "vitest";
import { publicOrigin } from "./public-origin";

test.each([
  ["http://0.0.0.0:3000/x", {}, undefined, "http://0.0.0.0:3000"],
  ["http://0.0.0.0:3000/x", { host: "localhost:3000" }, undefined, "http://localhost:3000"],
  [
    "http://0.0.0.0:3000/x",
    { host: "app:3000", "x-forwarded-host": "cc.example.org", "x-forwarded-proto": "https" },
    undefined,
    "https://cc.example.org",
  ],
  [
    "http://0.0.0.0:3000/x",
    { host: "a" },
    "https://cc.example.org/base/",
    "https://cc.example.org",
  ],
])("%s %j %s → %s", (url, headers, configured, expected) => {
  expect(publicOrigin(url, new Headers(headers), configured)).toBe(expected);
});
