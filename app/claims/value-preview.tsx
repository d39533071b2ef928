"use client";

import { draftOverride, type ClaimDraft } from "@/lib/claims/claim-draft";
import { effectiveValue, readStatedValue } from "@/lib/claims/claim-value";
import { containsWords } from "@/lib/passages/contains-words";
import type { QuestionKind } from "@/lib/questions/question-kinds";
import { describeValue } from "@/lib/values/describe-value";
import { explainRule } from "@/lib/values/explain-rule";
import type { ReferenceDate } from "@/lib/values/types";

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
  const stated = draft.stated.trim();
  if (!stated) return { ok: false, text: "Type or select the words that state the value." };
  const span = containsWords(quote, stated);
  if (!span.ok)
    return {
      ok: false,
      text: "These words are not in the quote; the stated wording must be verbatim.",
    };
  const parsed = readStatedValue(kind, quote, span, reference);
  const result = effectiveValue(kind, parsed, draftOverride(draft, kind), stated);
  if (!result.ok) return { ok: false, text: `${result.message}.` };
  const how = result.value.overridden
    ? "corrected by you"
    : `rule ${explainRule(result.value.rule)}${"relative" in result.value && result.value.relative ? " Resolved against the publication date." : ""}`;
  return { ok: true, text: `Reads as ${describeValue(result.value)} (${how}).` };
}
