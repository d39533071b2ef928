import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { FatalError } from "../lib/fatal";

const NAME = "postgres";

/** True when this process runs as root, where PostgreSQL must run as another user. */
export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * As root: the uid and gid of the "postgres" user, created (as a system user) when missing.
 * PostgreSQL refuses to run as root. As anyone else: null, and PostgreSQL runs as them.
 */
export function postgresUser(): { uid: number; gid: number } | null {
  if (!isRoot()) return null;
  const read = () => ({ uid: Number(id("-u")), gid: Number(id("-g")) });
  try {
    return read();
  } catch {
    try {
      execFileSync("useradd", [
        "--system",
        "--user-group",
        "--no-create-home",
        "--shell",
        "/usr/sbin/nologin",
        NAME,
      ]);
      return read();
    } catch (error) {
      throw new FatalError(
        `PostgreSQL cannot run as root and there is no "${NAME}" user, which could not be created (${(error as Error).message.split("\n")[0]}). Create it, or set DATABASE_URL.`,
      );
    }
  }
}

/** As root: the first folder above `path` that the "postgres" user cannot enter, if any. */
export function blockingAncestor(path: string): string | null {
  if (!isRoot()) return null;
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) return dir;
    if (dir === dirname(dir)) return null;
  }
}

function id(flag: string): string {
  return execFileSync("id", [flag, NAME], { encoding: "utf8" }).trim();
}
