import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// Prisma's CLI looks for a native schema engine at start-up even for `prisma generate`, and fetches
// one when it is missing. Naming an existing file stops the download; this one explains itself if
// anything ever executes it. Migrations go through the WASM engine in scripts/db/migrate.ts.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL("./scripts/db/schema-engine-stub.sh", import.meta.url),
);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
