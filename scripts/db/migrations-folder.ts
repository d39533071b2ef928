import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const MIGRATIONS_DIR = resolve("prisma/migrations");
export const LOCKFILE = "migration_lock.toml";
/** Copy of schema.prisma as this migration leaves it: the "from" of the next diff. */
export const SNAPSHOT = "schema.prisma";

export interface MigrationOnDisk {
  name: string;
  sql: string;
  /** The schema this migration reaches, or null for a migration written by hand. */
  snapshot: string | null;
}

/** Reads prisma/migrations in the standard layout, oldest first. */
export function readMigrations(dir = MIGRATIONS_DIR): MigrationOnDisk[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      sql: readFileSync(join(dir, name, "migration.sql"), "utf8"),
      snapshot: readOptional(join(dir, name, SNAPSHOT)),
    }));
}

/** The lockfile Prisma keeps beside the migrations; null when there is none yet. */
export function readLockfile(dir = MIGRATIONS_DIR): string | null {
  return readOptional(join(dir, LOCKFILE));
}

function readOptional(path: string): string | null {
  return existsSync(path) ? readFileSync(path, "utf8") : null;
}
