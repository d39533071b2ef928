import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

/** Failed sign-ins allowed per account, and per address, in each window. */
export const LOGIN_LIMITS = {
  perAccount: { points: 5, duration: 15 * 60 },
  perAddress: { points: 30, duration: 15 * 60 },
} as const;

type Limiters = { account: RateLimiterPostgres; address: RateLimiterPostgres };

const globalForLimits = globalThis as unknown as { crosscheckLoginLimits?: Limiters };

// The counters live in PostgreSQL (login_limits, made by a migration), so attempts made on every
// app instance count together. One small pool of its own: the library speaks pg directly.
function limiters(): Limiters {
  if (globalForLimits.crosscheckLoginLimits) return globalForLimits.crosscheckLoginLimits;
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  const make = (prefix: string, limits: { points: number; duration: number }) =>
    new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: "login_limits",
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: prefix,
      ...limits,
    });
  globalForLimits.crosscheckLoginLimits = {
    account: make("account", LOGIN_LIMITS.perAccount),
    address: make("address", LOGIN_LIMITS.perAddress),
  };
  return globalForLimits.crosscheckLoginLimits;
}

/** Seconds until another attempt is allowed for this account or address; 0 when allowed now. */
export async function loginWait(email: string, address: string | null): Promise<number> {
  const { account, address: byAddress } = limiters();
  const checks = await Promise.all([
    account.get(email.toLowerCase()),
    address ? byAddress.get(address) : null,
  ]);
  const limits = [LOGIN_LIMITS.perAccount.points, LOGIN_LIMITS.perAddress.points];
  let wait = 0;
  checks.forEach((state, i) => {
    if (state && state.consumedPoints >= (limits[i] ?? Infinity))
      wait = Math.max(wait, Math.ceil(state.msBeforeNext / 1000));
  });
  return wait;
}

/** Counts one failed attempt against the account and the address. */
export async function recordFailedLogin(email: string, address: string | null): Promise<void> {
  const { account, address: byAddress } = limiters();
  await Promise.all([
    account.penalty(email.toLowerCase(), 1),
    address ? byAddress.penalty(address, 1) : null,
  ]).catch((error: unknown) => {
    if (!(error instanceof RateLimiterRes)) throw error;
  });
}

/** A successful sign-in clears the account's failures (not the address's). */
export async function clearFailedLogins(email: string): Promise<void> {
  await limiters().account.delete(email.toLowerCase());
}
