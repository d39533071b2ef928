/**
 * The totals kept by triggers at the commit of each write (decision 007): the live questions by
 * verdict and the live sources. A bulk load in one transaction would make each trigger update its
 * slot row once per row loaded, walking the row's versions each time, so bulk loads (`npm run
 * restore`, the benchmark's COPY) turn the triggers off and count once at the end.
 */
const TALLIES = [
  { table: "Question", trigger: "Question_tally", recount: "crosscheck_recount_question_tally" },
  { table: "Source", trigger: "Source_tally", recount: "crosscheck_recount_source_tally" },
] as const;

/** A pg client or pool: only query is used. */
interface Queryable {
  query(text: string): Promise<unknown>;
}

/** Turns the tally triggers off, for a bulk load on this connection's tables. */
export async function disableTallyTriggers(client: Queryable): Promise<void> {
  for (const { table, trigger } of TALLIES)
    await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER "${trigger}"`);
}

/** Turns them on again and counts every total afresh. */
export async function enableTallyTriggers(client: Queryable): Promise<void> {
  for (const { table, trigger, recount } of TALLIES) {
    await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER "${trigger}"`);
    await client.query(`SELECT ${recount}()`);
  }
}
