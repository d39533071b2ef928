import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const SKIP = /(^|\/)(node_modules|\.next|\.data|\.git)(\/|$)|\.test\.tsx?$/;

/**
 * A hash of the contents of `paths` (files, or folders walked recursively), so a script can tell
 * whether anything it depends on changed since last time. Test files do not count.
 */
export function fingerprint(paths: string[]): string {
  const hash = createHash("sha256");
  for (const file of paths.flatMap(listFiles).sort()) {
    hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

/** The fingerprint recorded at `stampFile`, or null. */
export function readStamp(stampFile: string): string | null {
  return existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : null;
}

function listFiles(path: string): string[] {
  if (!existsSync(path) || SKIP.test(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => listFiles(join(path, name)));
}
