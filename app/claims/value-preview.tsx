"use client";

import { draftOverride, type ClaimDraft } from "@/lib/claims/claim-draft";
import type { ReadingContext } from "@/lib/claims/claim-value";
import { readClaim } from "@/lib/claims/read-claim";
import type { StatedCandidate } from "@/lib/claims/stated-candidate";
import type { QuestionKind } from "@/lib/questions/question-kinds";
import { describeValue } from "@/lib/values/describe-value";
import { explainRule } from "@/lib/values/explain-rule";
import type { DateReference, ReferenceDate } from "@/lib/values/types";

interface Props {
  kind: QuestionKind;
  quote: string;
  draft: ClaimDraft;
  reference: ReferenceDate | null;
  /** The source's language, the question's measure and the text before the passage. */
  reading?: ReadingContext;
  /** Offered when the passage holds several figures: the editor picks the stated words. */
  onPickStated?: (wording: string) => void;
}

/**
 * What the server will make of the stated words, computed with the same library and the same
 * reading context (language, measure, the section before the passage) before saving: the value
 * and the rule that produced it, or why there is none; and every figure of the passage to pick
 * from when there are several.
 */
export function ValuePreview({ kind, quote, draft, reference, reading, onPickStated }: Props) {
  const preview = previewValue(kind, quote, draft, reference, reading);
  const candidates = onPickStated ? candidatesOf(kind, quote, reference, reading) : [];
  return (
    <div className="space-y-2">
      <p
        role="status"
        aria-live="polite"
        className={`text-sm ${preview.ok ? "text-stone-700" : "text-amber-900"}`}
      >
        {preview.text}
      </p>
      {candidates.length > 1 && onPickStated ? (
        <div className="text-sm">
          <p className="text-stone-700">
            The passage gives {candidates.length} {kind === "date" ? "dates" : "figures"}; best fit
            first:
          </p>
          <ul className="mt-1 flex flex-wrap gap-2">
            {candidates.map((candidate) => (
              <li key={candidate.start}>
                <button
                  type="button"
                  onClick={() => onPickStated(candidate.wording)}
                  aria-pressed={draft.stated.trim() === candidate.wording}
                  className="min-h-6 rounded border border-stone-400 bg-white px-2 py-1 hover:bg-stone-100 aria-pressed:border-stone-900 aria-pressed:font-semibold"
                >
                  {candidate.wording}
                  {candidate.value ? ` → ${describeValue(candidate.value)}` : ""}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function candidatesOf(
  kind: QuestionKind,
  quote: string,
  reference: ReferenceDate | null,
  reading: ReadingContext | undefined,
): StatedCandidate[] {
  if (!quote.trim()) return [];
  const read = readClaim({ kind, quote, reference, ...reading });
  if (read.ok) return read.value.candidates.filter((c) => !c.notStated);
  return read.failure.candidates ?? [];
}

function previewValue(
  kind: QuestionKind,
  quote: string,
  draft: ClaimDraft,
  reference: ReferenceDate | null,
  reading: ReadingContext | undefined,
) {
  if (!draft.stated.trim())
    return { ok: false, text: "Type, select or pick the words that state the value." };
  const read = readClaim({
    kind,
    quote,
    stated: draft.stated.trim(),
    override: draftOverride(draft, kind),
    reference,
    ...reading,
  });
  if (!read.ok) {
    // "Not in the quote" is shown beside the stated words as a field error.
    if (read.failure.code === "stated_not_in_quote") return { ok: false, text: "" };
    return { ok: false, text: `${read.failure.message}.` };
  }
  const { value } = read.value;
  const version = value.rulesVersion ? `, rules version ${value.rulesVersion}` : "";
  const how = value.overridden
    ? "corrected by you"
    : `rule ${explainRule(value.rule)}${version}${value.type === "date" ? countedFrom(value.reference) : ""}`;
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
