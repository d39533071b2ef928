import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";

const KEY = "auth_secret";

/**
 * The secret that signs session cookies: CROSSCHECK_AUTH_SECRET when set, else one made on the
 * first start and kept in the database, so every app instance on that database signs alike and a
 * fresh install needs no configuration. Race-safe: the first writer wins, everyone reads it.
 */
export async function instanceSecret(): Promise<string> {
  const configured = process.env.CROSSCHECK_AUTH_SECRET;
  if (configured) return configured;
  await db.instanceSetting.createMany({
    data: [{ key: KEY, value: randomBytes(32).toString("base64url") }],
    skipDuplicates: true,
  });
  const row = await db.instanceSetting.findUniqueOrThrow({ where: { key: KEY } });
  return row.value;
}
