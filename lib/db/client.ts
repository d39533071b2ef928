import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

// One client per process. Next's dev server re-evaluates modules on every change, so the client is
// kept on globalThis there; otherwise each reload would open a new pool.
const globalForDb = globalThis as unknown as { crosscheckDb?: PrismaClient };

/** The only Prisma client of the app; data functions in lib/ use it, nothing else does. */
export const db: PrismaClient = (globalForDb.crosscheckDb ??= createClient());

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set; start Crosscheck with `npm start`.");
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}
