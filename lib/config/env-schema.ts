import { z } from "zod";

const postgresUrl = z.string().trim().refine(isPostgresUrl, {
  message: "must look like postgresql://user:password@host:5432/database",
});

const port = z.coerce
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .min(1, "must be between 1 and 65535")
  .max(65535, "must be between 1 and 65535");

/** Settings read from the environment by `npm start`, the test runner and the server. */
export const EnvSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  PORT: port.default(3000),
  /** Address the web server listens on; loopback by default, as there is no sign-in yet. */
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  /** Port of the embedded PostgreSQL used when DATABASE_URL is not set. */
  CROSSCHECK_PG_PORT: port.default(54329),
  CHROMIUM_PATH: z.string().trim().min(1).optional(),
});

export type Env = z.infer<typeof EnvSchema>;

/** Parses the environment; on failure returns one readable line per bad variable, never a stack. */
export function readEnv(
  source: Record<string, string | undefined>,
): { ok: true; env: Env } | { ok: false; message: string } {
  // An empty variable (`PORT=`) means "not set", as shells and .env files usually intend.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const parsed = EnvSchema.safeParse(present);
  if (parsed.success) return { ok: true, env: parsed.data };
  const message = parsed.error.issues
    .map((issue) => `${issue.path.join(".")} ${issue.message}`)
    .join("; ");
  return { ok: false, message };
}

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "postgresql:" || url.protocol === "postgres:") && url.hostname !== "";
  } catch {
    return false;
  }
}
