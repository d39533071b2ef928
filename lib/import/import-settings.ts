import { z } from "zod";
import { parseAllowHosts } from "./allow-hosts";
import { MAX_DOCUMENT_BYTES } from "./document-types";

const allowHosts = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const parsed = parseAllowHosts(value);
    if (parsed.ok) return parsed.hosts;
    ctx.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  });

const positive = (max: number) =>
  z.coerce
    .number({ error: "must be a number" })
    .positive("must be more than 0")
    .max(max, `must be at most ${max}`);

/**
 * The import's settings, to spread into the environment schema (`z.object({ ...EnvShape,
 * ...IMPORT_ENV_SHAPE })`): hosts allowed although private, the largest document in MB, and the
 * time a fetch may take in seconds.
 */
export const IMPORT_ENV_SHAPE = {
  CROSSCHECK_IMPORT_ALLOW_HOSTS: allowHosts,
  CROSSCHECK_IMPORT_MAX_MB: positive(200).default(MAX_DOCUMENT_BYTES / 1024 / 1024),
  CROSSCHECK_IMPORT_TIMEOUT_SECONDS: positive(300).default(30),
};

type ImportEnv = z.output<z.ZodObject<typeof IMPORT_ENV_SHAPE>>;

/** The options fetchForImport and extractDocument take, from parsed settings. */
export function importOptionsOf(env: ImportEnv) {
  return {
    allowHosts: env.CROSSCHECK_IMPORT_ALLOW_HOSTS,
    maxBytes: Math.round(env.CROSSCHECK_IMPORT_MAX_MB * 1024 * 1024),
    timeoutMs: Math.round(env.CROSSCHECK_IMPORT_TIMEOUT_SECONDS * 1000),
  };
}
