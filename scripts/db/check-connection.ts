import pg from "pg";
import { FatalError } from "../lib/fatal";

/** Connects once to `url`, turning the usual failures into one line a person can act on. */
export async function checkConnection(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new FatalError(describeFailure(error, new URL(url)));
  } finally {
    await client.end().catch(() => {});
  }
}

function describeFailure(error: unknown, url: URL): string {
  const code = (error as { code?: string }).code;
  const where = `${url.hostname}:${url.port || 5432}`;
  const database = decodeURIComponent(url.pathname.slice(1)) || "(none)";
  const user = decodeURIComponent(url.username) || "(none)";
  switch (code) {
    case "ECONNREFUSED":
      return `cannot reach PostgreSQL at ${where} (connection refused); is the server running? Check DATABASE_URL.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `cannot find the database host "${url.hostname}"; check DATABASE_URL.`;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${where} refused user "${user}" (wrong password, or no such user); check DATABASE_URL.`;
    case "3D000":
      return `database "${database}" does not exist on ${where}; create it first (createdb ${database}) or fix DATABASE_URL.`;
    default: {
      const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
      return `cannot use the database in DATABASE_URL (${where}): ${message}`;
    }
  }
}
