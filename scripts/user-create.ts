// npm run user:create -- --email ana@example.org --role admin|editor|reader [--name "Ana"] [--reset]
// The password comes from CROSSCHECK_PASSWORD or a prompt. Works while the app is running.
import { readEnv } from "@/lib/config/env-schema";
import { parseRole } from "@/lib/auth/permissions";
import { parseArgs } from "./lib/cli-args";
import { FatalError, runMain } from "./lib/fatal";
import { readPassword } from "./lib/read-password";
import { withScriptDatabase } from "./lib/script-database";

runMain(async () => {
  const args = parseArgs(process.argv.slice(2));
  const role = parseRole(args.role ?? "editor");
  if (!args.email) throw new FatalError("give --email, e.g. --email ana@example.org");
  if (!role) throw new FatalError("--role is admin, editor or reader");
  const parsed = readEnv(process.env);
  if (!parsed.ok) throw new FatalError(`invalid configuration: ${parsed.message}`);
  const password = await readPassword();
  if (!password)
    throw new FatalError("no password: set CROSSCHECK_PASSWORD, or run in a terminal to be asked");
  const result = await withScriptDatabase(parsed.env, async () => {
    const { createOrResetUser } = await import("@/lib/auth/user-data");
    return createOrResetUser({
      email: args.email!,
      password,
      role,
      name: args.name,
      replace: args.reset === "true",
    });
  });
  if (!result.ok)
    throw new FatalError(
      `${result.message}${/exists/.test(result.message) ? " Add --reset to set its role and password." : ""}`,
    );
  console.log(`${args.reset ? "updated" : "created"} ${result.user.email} (${result.user.role})`);
});
