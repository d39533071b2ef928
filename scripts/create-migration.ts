// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/ from the difference
// between the schema the last migration reached and prisma/schema.prisma (decision record 001).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withScratchDatabase } from "./db/scratch-database";
import {
  LOCKFILE,
  MIGRATIONS_DIR,
  SNAPSHOT,
  readLockfile,
  readMigrations,
} from "./db/migrations-folder";
import { NO_FILTERS, SCHEMA_PATH, openSchemaEngine } from "./db/schema-engine";
import { FatalError, runMain } from "./lib/fatal";

runMain(async () => {
  const name = (process.argv[2] ?? "").trim();
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new FatalError("name the migration in snake_case: npm run db:migration -- add_claims");
  }
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const migrations = readMigrations();
  const previous = migrations.at(-1);
  if (previous && previous.snapshot === null) {
    throw new FatalError(`${previous.name} has no ${SNAPSHOT} snapshot to diff from.`);
  }

  // The engine connects as soon as it opens, even for a schema-to-schema diff.
  const sql = await withScratchDatabase(async (url) => {
    const engine = await openSchemaEngine(url, schema);
    try {
      const from = previous?.snapshot
        ? {
            tag: "schemaDatamodel" as const,
            files: [{ path: SCHEMA_PATH, content: previous.snapshot }],
          }
        : { tag: "empty" as const };
      const diff = await engine.diff({
        from,
        to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      });
      return diff.stdout ?? "";
    } finally {
      engine.free();
    }
  });

  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log("schema.prisma matches the last migration; nothing to create.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = join(MIGRATIONS_DIR, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql);
  writeFileSync(join(dir, SNAPSHOT), schema);
  if (readLockfile() === null) {
    writeFileSync(join(MIGRATIONS_DIR, LOCKFILE), 'provider = "postgresql"\n');
  }
  console.log(`created ${dir}`);
});
