import { z } from "zod";
import { IMPORT_ENV_SHAPE } from "@/lib/import/import-settings";
import { splitUrlList } from "./url-list";

const postgresUrl = z.string().trim().refine(isPostgresUrl, {
  message: "must look like postgresql://user:password@host:5432/database",
});

// Read replicas of DATABASE_URL's database, separated by commas.
const postgresUrlList = z
  .string()
  .refine((value) => splitUrlList(value).length > 0, { message: "must name at least one URL" })
  .refine((value) => splitUrlList(value).every(isPostgresUrl), {
    message: "must be postgresql:// URLs separated by commas",
  });

const port = z.coerce
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .min(1, "must be between 1 and 65535")
  .max(65535, "must be between 1 and 65535");

// A host name, an IPv4 address or a bracketed IPv6 address, without scheme or port.
const HOST_NAME =
  /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?)$/i;

const hostList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  )
  .refine((names) => names.length > 0, { message: "must name at least one host" })
  .refine((names) => names.every((name) => name === "*" || HOST_NAME.test(name)), {
    message: "must be host names separated by commas (no scheme, no port), or *",
  });

const publicUrl = z.string().trim().refine(isWebUrl, {
  message: "must be the address people use, like https://crosscheck.example.org",
});

/** Settings read from the environment by `npm start`, the test runner and the server. */
export const EnvSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  /** Streaming replicas of DATABASE_URL: anonymous reads of lists and comparisons go there. */
  DATABASE_REPLICA_URLS: postgresUrlList.optional(),
  PORT: port.default(3000),
  /** Address the web server listens on; loopback by default (put a reverse proxy in front). */
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  /** Port of the embedded PostgreSQL used when DATABASE_URL is not set. */
  CROSSCHECK_PG_PORT: port.default(54329),
  CHROMIUM_PATH: z.string().trim().min(1).optional(),
  /** Host names the app answers to; by default the loopback names and HOST (see allowed-hosts). */
  CROSSCHECK_ALLOWED_HOSTS: hostList.optional(),
  /** The address people reach the app at, when it is not this machine's; its host is allowed. */
  CROSSCHECK_PUBLIC_URL: publicUrl.optional(),
  /** "1": the instance is sign-in-only, reading included (pages and API). */
  CROSSCHECK_PRIVATE: z.enum(["0", "1"], { error: "must be 1 (private) or 0" }).optional(),
  /** Signs session cookies; by default one is made on first start and kept in the database. */
  CROSSCHECK_AUTH_SECRET: z
    .string()
    .min(32, "must be at least 32 characters (e.g. openssl rand -base64 32)")
    .optional(),
  /** "1": take the client address from X-Forwarded-For (only behind a reverse proxy you run). */
  CROSSCHECK_TRUST_PROXY: z.enum(["0", "1"], { error: "must be 1 or 0" }).optional(),
  /** Importing from the web: hosts allowed although private, the largest document, the time. */
  ...IMPORT_ENV_SHAPE,
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

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}
