import { existsSync, writeFileSync } from "node:fs";
import { fingerprint, readStamp } from "./fingerprint";
import { run } from "./steps";

const STAMP = ".next/crosscheck-build.sha256";
const SCHEMA_STAMP = "generated/prisma/schema.sha256";
const BUILD_INPUTS = [
  "app",
  "lib",
  "components",
  "public",
  "generated",
  "next.config.js",
  "proxy.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

export const NEXT_BIN = "node_modules/next/dist/bin/next";
export const QUIET_NEXT = { NEXT_TELEMETRY_DISABLED: "1" };

/** Regenerates the Prisma client when schema.prisma changed since it was generated. */
export async function generateClientIfStale(): Promise<boolean> {
  const current = fingerprint(["prisma/schema.prisma"]);
  if (readStamp(SCHEMA_STAMP) === current && existsSync("generated/prisma/client.ts")) return false;
  await run("node", ["node_modules/prisma/build/index.js", "generate"]);
  writeFileSync(SCHEMA_STAMP, current);
  return true;
}

/** Runs `next build` unless a build of exactly these sources is already there. */
export async function buildIfStale(): Promise<boolean> {
  const current = fingerprint(BUILD_INPUTS);
  if (readStamp(STAMP) === current && existsSync(".next/BUILD_ID")) return false;
  await run("node", [NEXT_BIN, "build"], QUIET_NEXT);
  // Fingerprint again: `next build` may itself rewrite tsconfig.json.
  writeFileSync(STAMP, fingerprint(BUILD_INPUTS));
  return true;
}
