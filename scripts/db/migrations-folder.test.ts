import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { readMigrations } from "./migrations-folder";

test("schema.prisma is what the latest migration leaves (no forgotten migration)", () => {
  const latest = readMigrations().at(-1);
  expect(latest?.snapshot, "run: npm run db:migration -- <name>").toBe(
    readFileSync("prisma/schema.prisma", "utf8"),
  );
});

test("every migration keeps the schema it reaches, so the next diff has a starting point", () => {
  for (const migration of readMigrations()) {
    expect(migration.snapshot, migration.name).not.toBeNull();
    expect(migration.sql.trim(), migration.name).not.toBe("");
  }
});
