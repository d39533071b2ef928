import "server-only";
import { sectionBefore } from "@/lib/passages/section-before";
import { viewPassage, viewPassageInExcerpt } from "@/lib/questions/build-comparison";
import type { ClaimRecord, PassageView } from "@/lib/questions/comparison-types";
import { getSource, getSourceAround, type SourceSummary } from "@/lib/sources/source-data";
import { readingLanguage } from "./reading-language";
import { valuePassage } from "./value-passage";

/** What a claim's page shows of its source: the source, the passage in context, how it reads. */
export interface ClaimSourceView {
  source: SourceSummary;
  /** The passage the value is read from (else the claim's first), in its context. */
  passage: PassageView | null;
  /** The language the figures are read in, and the section before the passage (for dates). */
  reading: { language: string | null; context: string | null };
}

/**
 * The claim's source with only the text around its passage, or null if the source is gone. The
 * whole text is read only when the passage is not where it is stored (the view then finds it by
 * its quote, as every other page does) or the claim has no passage in its source.
 */
export async function loadClaimSource(claim: ClaimRecord): Promise<ClaimSourceView | null> {
  const sourceId = claim.source.id;
  const stored = valuePassage(claim.passages, sourceId, claim.stated) ?? claim.passages[0];
  if (stored && (stored.sourceId ?? sourceId) === sourceId) {
    const around = await getSourceAround(sourceId, stored);
    if (!around) return null;
    const { excerpt, head, ...source } = around;
    const view = viewPassageInExcerpt(stored, claim.stated, excerpt, "section");
    if (view)
      return {
        source,
        passage: view,
        reading: {
          language: readingLanguage(source.language, head ?? ""),
          context: sectionBefore(excerpt.text, stored.start - excerpt.start),
        },
      };
  }
  const whole = await getSource(sourceId);
  if (!whole) return null;
  const { text, ...source } = whole;
  return {
    source,
    passage: stored ? viewPassage(stored, claim.stated, text) : null,
    reading: {
      language: readingLanguage(source.language, text),
      context: stored ? sectionBefore(text, stored.start) : null,
    },
  };
}
