import "server-only";
import { readingFromReplica } from "@/lib/db/read-client";
import { currentActor } from "./current-actor";

/**
 * Runs a page's loads on a read replica for anonymous readers (they may see a write a moment
 * late); for anyone signed in on the primary, so an editor's next page shows their own write.
 */
export async function loadForPage<T>(load: () => Promise<T>): Promise<T> {
  const actor = await currentActor();
  return readingFromReplica(actor === null, load);
}
