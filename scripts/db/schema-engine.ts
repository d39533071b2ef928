import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

export const SCHEMA_PATH = "prisma/schema.prisma";
export const NO_FILTERS = { externalTables: [], externalEnums: [] };

let instantiated: Promise<void> | undefined;

/**
 * Opens Prisma's WASM schema engine on `databaseUrl`. Prisma's CLI would download a native engine,
 * which this project cannot rely on; the WASM build is the same engine (decision record 001).
 */
export async function openSchemaEngine(databaseUrl: string, schema: string): Promise<SchemaEngine> {
  instantiated ??= instantiate();
  await instantiated;
  return bindings.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl })),
  );
}

async function instantiate(): Promise<void> {
  const require = createRequire(import.meta.url);
  const main = require.resolve("@prisma/schema-engine-wasm");
  const bytes = await readFile(join(dirname(main), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start?: () => void };
  bindings.__wbg_set_wasm(exports);
  exports.__wbindgen_start?.();
}
