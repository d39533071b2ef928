"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { checkPermission } from "@/app/_auth/require-permission";
import { fieldErrorsOf, typedValues, type FormState } from "@/lib/forms/form-state";
import { logError } from "@/lib/log";
import { reviewPassage } from "@/lib/sources/passage-review-data";
import { SourceTextSchema } from "@/lib/sources/source-text-schema";
import { setSourceText } from "@/lib/sources/text-version-data";
import { reimportSource } from "@/lib/sources/reimport-data";
import { findUnstorable } from "@/lib/text/unstorable";
import { idArgument } from "@/lib/forms/action-arguments";

const APOLOGY = "Something went wrong on our side and nothing was saved. Please try again.";

/**
 * Saves a corrected text as the source's new version; every passage is re-anchored, and those
 * that moved with changes or could not be placed are listed on the source page for review.
 */
export async function correctTextAction(
  sourceId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = typedValues(formData);
  // Form encoding turns each line break into CRLF; the text is kept as it was in the box.
  if (values.text !== undefined) values.text = values.text.replace(/\r\n/g, "\n");
  const allowed = await checkPermission("write");
  if (!allowed.ok) return { status: "error", message: allowed.message, fields: {}, values };
  const bad = findUnstorable(values);
  if (bad) return invalid(values, { text: [bad.message] });
  const input = SourceTextSchema.safeParse(values);
  if (!input.success) return invalid(values, fieldErrorsOf(input.error, { topLevel: true }));
  try {
    const result = await setSourceText(
      sourceId,
      { text: input.data.text, reason: "corrected" },
      { actor: allowed.actor, expectedVersion: input.data.version },
    );
    if (!result.ok) {
      const message = {
        not_found: "This source no longer exists.",
        same_text: "The text is unchanged; there is nothing to save.",
        duplicate_text: "This exact text is already another source in the library.",
        version_conflict:
          "Someone else changed this source while you were editing, so your text was not saved. Your text is still in the box; save again to make it the new version.",
      }[result.code];
      const state: FormState = { status: "error", message, fields: { text: [message] }, values };
      if (result.code === "duplicate_text") state.duplicateOf = result.duplicateOf;
      if (result.code === "version_conflict")
        state.values = { ...values, version: String(result.current.version) };
      return state;
    }
  } catch (error) {
    logError("source.text", error, { sourceId });
    return { status: "error", message: APOLOGY, fields: {}, values };
  }
  revalidatePath(`/sources/${sourceId}`);
  redirect(`/sources/${sourceId}?text=saved#review`);
}

const ReviewAnswerSchema = z.union([
  z.strictObject({ confirm: z.literal(true) }),
  z.strictObject({
    place: z.strictObject({ start: z.int().min(0), end: z.int().min(0) }),
  }),
]);

/** An editor's answer to a passage a new text version left for review. */
export async function reviewPassageAction(
  sourceId: string,
  passageId: string,
  answer: { confirm: true } | { place: { start: number; end: number } },
): Promise<{ ok: true } | { ok: false; message: string }> {
  const allowed = await checkPermission("write");
  if (!allowed.ok) return { ok: false, message: allowed.message };
  // The answer comes from the client as it is: anything but these two shapes is refused.
  const parsed = ReviewAnswerSchema.safeParse(answer);
  if (!parsed.success) return { ok: false, message: "Select the words to place the passage on." };
  const place = "place" in parsed.data ? parsed.data.place : null;
  const [source, passage] = [idArgument(sourceId), idArgument(passageId)];
  if (!source || !passage) return { ok: false, message: "This passage no longer exists." };
  try {
    const result = await reviewPassage(source, passage, place ? { place } : { confirm: true });
    if (!result.ok) return { ok: false, message: result.message };
  } catch (error) {
    logError("source.passage.review", error, { sourceId: source, passageId: passage });
    return { ok: false, message: APOLOGY };
  }
  revalidatePath(`/sources/${source}`);
  return { ok: true };
}

function invalid(values: Record<string, string>, fields: Record<string, string[]>): FormState {
  return { status: "error", message: "Some fields need attention.", fields, values };
}

/** Fetches the source's address again; a changed text becomes its new version. */
export async function reimportSourceAction(
  sourceArgument: string,
): Promise<{ ok: boolean; message: string }> {
  const allowed = await checkPermission("write");
  if (!allowed.ok) return { ok: false, message: allowed.message };
  const sourceId = idArgument(sourceArgument);
  if (!sourceId) return { ok: false, message: "This source no longer exists." };
  try {
    const result = await reimportSource(sourceId, { actor: allowed.actor });
    revalidatePath(`/sources/${sourceId}`);
    if (result.ok) {
      const { moved, reanchored, orphaned } = result.anchors;
      return {
        ok: true,
        message: `Imported again as text version ${result.source.textVersion}: ${moved} passages moved, ${reanchored} placed on changed words, ${orphaned} orphaned.`,
      };
    }
    if (result.code === "same_text")
      return { ok: true, message: "The address still has the same text; nothing changed." };
    if ("message" in result) return { ok: false, message: result.message };
    return { ok: false, message: "This source cannot be imported again now." };
  } catch (error) {
    logError("source.reimport", error, { sourceId });
    return { ok: false, message: APOLOGY };
  }
}
