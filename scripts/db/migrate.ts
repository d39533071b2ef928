import { readFileSync } from "node:fs";
import { LOCKFILE, MIGRATIONS_DIR, readLockfile, readMigrations } from "./migrations-folder";
import { NO_FILTERS, SCHEMA_PATH, openSchemaEngine } from "./schema-engine";

/**
 * Applies the migrations of prisma/migrations that the database lacks, recording them in
 * `_prisma_migrations` exactly as `prisma migrate deploy` would. Returns the names applied.
 */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const engine = await openSchemaEngine(databaseUrl, readFileSync(SCHEMA_PATH, "utf8"));
  try {
    const result = await engine.applyMigrations({
      migrationsList: {
        baseDir: MIGRATIONS_DIR,
        lockfile: { path: LOCKFILE, content: readLockfile() },
        shadowDbInitScript: "",
        migrationDirectories: readMigrations().map((migration) => ({
          path: migration.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: migration.sql } },
        })),
      },
      filters: NO_FILTERS,
    });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}
