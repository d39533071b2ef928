import type { QuestionKind } from "@/lib/questions/question-kinds";
import type { ClaimMethod, ClaimStatus } from "./claim-methods";
import type { ValueOverrideInput } from "./claim-schema";

/** What an editor is typing into the claim panel or the claim form: every field as text. */
export interface ClaimDraft {
  stated: string;
  /** Numbers that correct the parser; "" when not corrected. */
  low: string;
  lowExclusive: boolean;
  high: string;
  highExclusive: boolean;
  best: string;
  first: string;
  last: string;
  origin: string;
  method: ClaimMethod;
  asOf: string;
  note: string;
  status: ClaimStatus;
}

export const EMPTY_DRAFT: ClaimDraft = {
  stated: "",
  low: "",
  lowExclusive: false,
  high: "",
  highExclusive: false,
  best: "",
  first: "",
  last: "",
  origin: "",
  method: "other",
  asOf: "",
  note: "",
  status: "published",
};

/**
 * The editor's corrections as a value override for the schema, or null when nothing is corrected.
 * Only the fields of the question's kind count: numbers for counts, days for dates.
 */
export function draftOverride(draft: ClaimDraft, kind: QuestionKind): ValueOverrideInput | null {
  const override: ValueOverrideInput = {};
  if (kind === "date") {
    if (draft.first) override.first = draft.first;
    if (draft.last) override.last = draft.last;
  } else {
    const low = toNumber(draft.low);
    const high = toNumber(draft.high);
    const best = toNumber(draft.best);
    if (low !== null) override.low = { value: low, inclusive: !draft.lowExclusive };
    if (high !== null) override.high = { value: high, inclusive: !draft.highExclusive };
    if (best !== null) override.best = best;
  }
  return Object.keys(override).length > 0 ? override : null;
}

/** The draft's claim fields, ready for ClaimInputSchema or ClaimUpdateSchema. */
export function draftFields(draft: ClaimDraft, kind: QuestionKind) {
  return {
    stated: draft.stated,
    value: draftOverride(draft, kind),
    origin: draft.origin,
    method: draft.method,
    asOf: draft.asOf,
    note: draft.note,
    status: draft.status,
  };
}

/** A draft filled in from a stored override (the claim form starts from the saved claim). */
export function overrideToDraft(override: ValueOverrideInput | null): Partial<ClaimDraft> {
  if (!override) return {};
  return {
    low: override.low ? String(override.low.value) : "",
    lowExclusive: override.low ? !override.low.inclusive : false,
    high: override.high ? String(override.high.value) : "",
    highExclusive: override.high ? !override.high.inclusive : false,
    best: override.best != null ? String(override.best) : "",
    first: override.first ?? "",
    last: override.last ?? "",
  };
}

function toNumber(text: string): number | null {
  if (text.trim() === "") return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
