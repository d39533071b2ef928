/** Shown when the server failed; the details are in its log, not for the reader. */
export const APOLOGY = "Something went wrong on our side and nothing was saved. Please try again.";

/** Shown when the form is larger than any request the server takes. */
export const TOO_LARGE =
  "This is larger than 6 MB, the most Crosscheck accepts at once, so it was not sent. Shorten the text (or split it into several sources) and try again.";

const OUTDATED =
  "This page is out of date: Crosscheck was updated since you opened it. Nothing was saved; reload the page and try again.";

const UNREACHABLE =
  "Crosscheck could not be reached, so this may not have been saved. Check that it is running, then try again.";

// What Next's client says when the answer is neither its own format nor a plain-text refusal.
const UNEXPECTED_RESPONSE = "An unexpected response was received from the server.";

/**
 * The sentence a form shows when calling its server action failed. A 4xx refusal arrives as an
 * Error whose message is the server's own sentence; a failure on the server carries a digest (its
 * message is Next's generic one); a network failure is a TypeError.
 */
export function actionFailureMessage(error: unknown): string {
  if (!(error instanceof Error)) return APOLOGY;
  if ("digest" in error) return APOLOGY;
  if (error.name === "UnrecognizedActionError") return OUTDATED;
  if (error instanceof TypeError) return UNREACHABLE;
  if (error.message === UNEXPECTED_RESPONSE || error.message.trim() === "") return APOLOGY;
  return error.message;
}
