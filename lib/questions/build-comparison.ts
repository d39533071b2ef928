import { toInterval } from "@/lib/agreement/to-interval";
import { containsWords } from "@/lib/passages/contains-words";
import { passageContext } from "@/lib/passages/passage-context";
import { resolvePassage } from "@/lib/passages/resolve-passage";
import { passageInExcerpt, type ExcerptReach, type TextExcerpt } from "@/lib/passages/text-excerpt";
import { describeValue } from "@/lib/values/describe-value";
import type {
  ClaimRecord,
  ClaimView,
  PassageView,
  QuestionComparison,
  QuestionHeader,
} from "./comparison-types";
import { intervalView, measureOf, originKeyOf, questionVerdict } from "./question-verdict";

type StoredPassage = ClaimRecord["passages"][number];

/** How a comparison sees each passage of a claim that states `stated`, in its source's text. */
export type PassageViewer = (passage: StoredPassage, stated: string) => PassageView;

/** Passages seen in their sources' whole texts, given by source id. */
export function inWholeTexts(texts: ReadonlyMap<string, string>): PassageViewer {
  return (passage, stated) => viewPassage(passage, stated, texts.get(passage.sourceId));
}

/**
 * The side-by-side comparison of one question: its verdict, and each claim with its passages in
 * context (as `view` sees them in their texts) and the clusters it is in.
 */
export function buildComparison(
  question: QuestionHeader,
  records: readonly ClaimRecord[],
  view: PassageViewer,
): QuestionComparison {
  const verdict = questionVerdict(question.kind, records);
  const measure = measureOf(question.kind);
  const sourcesByOrigin = new Map<string, Set<string>>();
  for (const record of records) {
    const key = originKeyOf(record);
    sourcesByOrigin.set(key, (sourcesByOrigin.get(key) ?? new Set()).add(record.source.id));
  }
  const claims: ClaimView[] = records.map((record) => ({
    ...record,
    valueText: describeValue(record.value),
    interval: intervalView(toInterval(record.value), measure),
    clusters: verdict.clusters.filter((c) => c.claimIds.includes(record.id)).map((c) => c.index),
    counted: record.status === "published",
    relays: record.origin
      ? records
          .filter(
            (other) =>
              other.id !== record.id &&
              other.origin?.id === record.origin?.id &&
              other.source.id !== record.source.id,
          )
          .map((other) => other.id)
      : [],
    passages: record.passages.map((passage) => view(passage, record.stated)),
  }));
  return { question, verdict, claims: orderByCluster(claims) };
}

/** A stored passage found again in its source text, with its context and stated words. */
export function viewPassage(
  passage: StoredPassage,
  stated: string,
  text: string | undefined,
): PassageView {
  const base = { id: passage.id, start: passage.start, end: passage.end, exact: passage.exact };
  const resolved = text === undefined ? null : resolvePassage(text, passage);
  if (!resolved?.ok || text === undefined)
    return { ...base, found: "missing", context: null, statedRange: null };
  const context = passageContext(text, resolved.start, resolved.end);
  const inPassage = containsWords(context.passage, stated);
  return {
    ...base,
    start: resolved.start,
    end: resolved.end,
    found: resolved.method === "position" ? "position" : "quote",
    context,
    statedRange: inPassage.ok ? { start: inPassage.start, end: inPassage.end } : null,
  };
}

/**
 * A stored passage seen in an excerpt of its text, exactly as in the whole text; null when the
 * excerpt cannot tell (the text changed under the passage, or the excerpt is cut too close to
 * it: see passageInExcerpt), and the whole text must be read.
 */
export function viewPassageInExcerpt(
  passage: StoredPassage,
  stated: string,
  excerpt: TextExcerpt,
  reach: ExcerptReach,
): PassageView | null {
  const inside = passageInExcerpt(excerpt, passage, reach);
  const view = inside && viewPassage({ ...passage, ...inside }, stated, excerpt.text);
  return view?.found === "position" ? { ...view, start: passage.start, end: passage.end } : null;
}

// Claims read left to right along the line: by their first cluster, drafts last.
function orderByCluster(claims: ClaimView[]): ClaimView[] {
  const rank = (claim: ClaimView) => claim.clusters[0] ?? Number.MAX_SAFE_INTEGER;
  return [...claims].sort((a, b) => rank(a) - rank(b));
}
