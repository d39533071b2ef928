import { onQuery } from "@/lib/db/client";

/** The SQL of every statement the app ran while `work` ran, in order (for tests that count them). */
export async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const stop = onQuery((sql) => statements.push(sql));
  try {
    await work();
  } finally {
    stop();
  }
  return statements;
}
