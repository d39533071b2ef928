import { unstable_rethrow } from "next/navigation";
import { MAX_ACTION_BODY_BYTES, estimatedActionBytes } from "@/lib/http/action-size";
import { TOO_LARGE, actionFailureMessage } from "./action-failure";

/** What a form gets from `callAction`: the action's own result, or a sentence to show. */
export type ActionOutcome<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Calls a server action from a page's script so that a refused or failed request becomes a
 * message in the form rather than the error page: too large is caught before sending, anything
 * the server refuses or fails on after. Redirects and other navigation pass through.
 */
export async function callAction<A extends unknown[], T>(
  action: (...args: A) => Promise<T>,
  ...args: A
): Promise<ActionOutcome<T>> {
  if (estimatedActionBytes(args) > MAX_ACTION_BODY_BYTES) return { ok: false, message: TOO_LARGE };
  try {
    return { ok: true, value: await action(...args) };
  } catch (error) {
    unstable_rethrow(error);
    return { ok: false, message: actionFailureMessage(error) };
  }
}
