import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import {
  findRouteFiles,
  findServerActionFiles,
  isServerModule,
  routeParams,
} from "./endpoint-discovery";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("endpoint discovery", () => {
  test("finds the route handlers under app/api, and nothing else", () => {
    const files = findRouteFiles(root);
    expect(files).toContain("app/api/v1/claims/[id]/route.ts");
    expect(files).toContain("app/api/auth/[...all]/route.ts");
    expect(files.every((file) => file.startsWith("app/api/") && file.endsWith("/route.ts"))).toBe(
      true,
    );
  });

  test("finds the server action modules by their directive", () => {
    const files = findServerActionFiles(root);
    expect(files).toContain("app/claims/actions.ts");
    expect(files).toContain("app/_components/history-actions.ts");
    expect(files).not.toContain("app/claims/claim-fields.tsx");
  });

  test.each([
    ['"use server";\n\nexport async function a() {}', true],
    ["// why\n/* more */\n'use server'\nexport const x = 1;", true],
    ['"use client";\nexport function A() {}', false],
    ['import x from "y";\n"use server";', false],
    ['export function a() {\n  "use server";\n}', false],
  ])("isServerModule(%j) is %s", (source, expected) => {
    expect(isServerModule(source)).toBe(expected);
  });

  test.each([
    ["app/api/v1/claims/[id]/route.ts", "/api/v1/claims/abc", { id: "abc" }],
    ["app/api/v1/claims/route.ts", "/api/v1/claims", {}],
    ["app/api/v1/origins/route.ts", "/api/v1/origins?q=a/b", {}],
    [
      "app/api/v1/trash/[kind]/[id]/restore/route.ts",
      "/api/v1/trash/claims/x/restore",
      { kind: "claims", id: "x" },
    ],
    ["app/api/auth/[...all]/route.ts", "/api/auth/sign-in/email", { all: ["sign-in", "email"] }],
    ["app/api/v1/claims/[id]/route.ts", "/api/v1/claims/abc/history", null],
    ["app/api/v1/claims/[id]/route.ts", "/api/v1/sources/abc", null],
    ["app/api/auth/[...all]/route.ts", "/api/auth", null],
  ])("routeParams(%s, %s)", (file, path, expected) => {
    expect(routeParams(file, path)).toEqual(expected);
  });
});
