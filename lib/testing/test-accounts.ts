import { createApiToken } from "@/lib/auth/api-tokens";
import { createOrResetUser } from "@/lib/auth/user-data";
import type { Role } from "@/lib/history/actor";

const tokens = new Map<Role, Promise<string>>();

/**
 * A bearer token of a test account with this role, made once per test run (accounts have unique
 * emails, so test files never share one by accident).
 */
export function tokenFor(role: Role): Promise<string> {
  let token = tokens.get(role);
  if (!token) {
    token = (async () => {
      const email = `${role}-${crypto.randomUUID().slice(0, 8)}@test.example`;
      const made = await createOrResetUser({ email, password: crypto.randomUUID(), role });
      if (!made.ok) throw new Error(made.message);
      return (await createApiToken(made.user.id, `test ${role}`)).token;
    })();
    tokens.set(role, token);
  }
  return token;
}
