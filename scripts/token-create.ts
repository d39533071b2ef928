// npm run token:create -- --email ana@example.org [--name "import script"]
// Prints a new API token for that account on the last line (shown only now).
import { readEnv } from "@/lib/config/env-schema";
import { parseArgs } from "./lib/cli-args";
import { FatalError, runMain } from "./lib/fatal";
import { withScriptDatabase } from "./lib/script-database";

runMain(async () => {
  const args = parseArgs(process.argv.slice(2));
  if (!args.email) throw new FatalError("give --email of the account the token acts for");
  const parsed = readEnv(process.env);
  if (!parsed.ok) throw new FatalError(`invalid configuration: ${parsed.message}`);
  const { user, token } = await withScriptDatabase(parsed.env, async () => {
    const { findUserByEmail } = await import("@/lib/auth/user-data");
    const { createApiToken } = await import("@/lib/auth/api-tokens");
    const found = await findUserByEmail(args.email!);
    if (!found) throw new FatalError(`no account has the email ${args.email}`);
    return {
      user: found,
      token: (await createApiToken(found.id, args.name ?? "command line")).token,
    };
  });
  console.error(
    `a token acting as ${user.email} (${user.role}); keep it secret, it is shown once:`,
  );
  console.log(token);
});
