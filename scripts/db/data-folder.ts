import { createHash } from "node:crypto";
import { existsSync, mkdirSync, realpathSync, symlinkSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { blockingAncestor } from "./postgres-user";

// Persistent, and reachable by every user: where the data goes when the project folder is not.
const SHARED_PARENT = "/var/lib/crosscheck";

/**
 * The folder the embedded PostgreSQL keeps its data in: `wanted` (inside the project), or — when
 * started as root from a folder the "postgres" user cannot enter, such as /root — a folder under
 * /var/lib/crosscheck that `wanted` links to, so the data still sits "in" the project and
 * survives restarts. Returns a note for the person at the terminal when it had to do that.
 */
export function chooseDataFolder(wanted: string): { dir: string; note: string | null } {
  const link = resolve(wanted);
  if (existsSync(link)) return { dir: realpathSync(link), note: null };
  const blocked = blockingAncestor(link);
  if (!blocked) return { dir: link, note: null };
  const outside = join(
    SHARED_PARENT,
    createHash("sha256").update(link).digest("hex").slice(0, 12),
    "postgres",
  );
  mkdirSync(dirname(outside), { recursive: true, mode: 0o755 });
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(outside, link);
  const note = `the "postgres" user cannot enter ${blocked}, so the data lives in ${outside} (linked from ${wanted}).`;
  return { dir: outside, note };
}
