import { randomBytes } from "node:crypto";
import { countUsers, createOrResetUser } from "@/lib/auth/user-data";

/** The account a fresh install can sign in with; its password is made up and shown once. */
export const FIRST_ADMIN_EMAIL = "admin@crosscheck.example";

/**
 * On a database with no accounts, makes an admin with a random password and returns it to be
 * printed once; null when accounts exist. No password is ever written in the repository.
 */
export async function createFirstAccount(): Promise<{ email: string; password: string } | null> {
  if ((await countUsers()) > 0) return null;
  const password = randomBytes(12).toString("base64url");
  const result = await createOrResetUser({
    email: FIRST_ADMIN_EMAIL,
    password,
    role: "admin",
    name: "Crosscheck admin",
  });
  if (!result.ok) throw new Error(result.message);
  return { email: FIRST_ADMIN_EMAIL, password };
}
