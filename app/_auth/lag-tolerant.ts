import "server-only";
import { headers } from "next/headers";
import { readingFromReplica } from "@/lib/db/read-client";
import { PRIMARY_READS_HEADER } from "@/lib/http/primary-reads";
import { currentActor } from "./current-actor";

/**
 * Runs a page's loads on a read replica for anonymous readers (they may see a write a moment
 * late); for anyone signed in on the primary, so an editor's next page shows their own write.
 */
export async function loadForPage<T>(load: () => Promise<T>): Promise<T> {
  const actor = await currentActor();
  // Unless the server will hold the page (scripts/lib/held-comparisons.ts): then the primary's rows.
  const primaryOnly = (await headers()).get(PRIMARY_READS_HEADER) === "1";
  return readingFromReplica(actor === null && !primaryOnly, load);
}
