"use client";

import { draftOverride, type ClaimDraft } from "@/lib/claims/claim-draft";
import { readClaim } from "@/lib/claims/read-claim";
import type { QuestionKind } from "@/lib/questions/question-kinds";
import { describeValue } from "@/lib/values/describe-value";
import { explainRule } from "@/lib/values/explain-rule";
import type { DateReference, ReferenceDate } from "@/lib/values/types";

interface Props {
  kind: QuestionKind;
  quote: string;
  draft: ClaimDraft;
  reference: ReferenceDate | null;
}

/**
 * What the server will make of the stated words, computed with the same library before saving:
 * the value and the rule that produced it, or why there is none.
 */
export function ValuePreview({ kind, quote, draft, reference }: Props) {
  const preview = previewValue(kind, quote, draft, reference);
  return (
    <p
      role="status"
      aria-live="polite"
      className={`text-sm ${preview.ok ? "text-stone-700" : "text-amber-800"}`}
    >
      {preview.text}
    </p>
  );
}

function previewValue(
  kind: QuestionKind,
  quote: string,
  draft: ClaimDraft,
  reference: ReferenceDate | null,
) {
  if (!draft.stated.trim())
    return { ok: false, text: "Type or select the words that state the value." };
  const read = readClaim({
    kind,
    quote,
    stated: draft.stated.trim(),
    override: draftOverride(draft, kind),
    reference,
  });
  if (!read.ok) {
    const { code, message } = read.failure;
    return code === "stated_not_in_quote"
      ? {
          ok: false,
          text: "These words are not in the quote; the stated wording must be verbatim.",
        }
      : { ok: false, text: `${message}.` };
  }
  const { value } = read.value;
  const how = value.overridden
    ? "corrected by you"
    : `rule ${explainRule(value.rule)}${value.type === "date" ? countedFrom(value.reference) : ""}`;
  return { ok: true, text: `Reads as ${describeValue(value)} (${how}).` };
}

// Which date a relative date was counted from, so the editor can check it.
function countedFrom(reference: DateReference | undefined): string {
  if (!reference) return "";
  if (reference.kind === "publication")
    return ` Counted from the publication date (${reference.wording}).`;
  const where = reference.kind === "passage" ? "earlier in the passage" : "earlier in its section";
  return ` Counted from “${reference.wording}”, ${where}.`;
}
