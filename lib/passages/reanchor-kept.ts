import { mapRange } from "./alignment-map";
import { contextScore } from "./choose-occurrence";
import { findNormalized } from "./find-quote";
import type { StepResult } from "./reanchor-exact";
import type { OldPassage, TextVersions } from "./reanchor-texts";

const CONTEXT_LENGTH = 32;

/**
 * A passage whose words the diff kept stays where the diff put them. One check: a diff can keep
 * the wrong copy of repeated words (citations that differ only after "listing of votes cast…"),
 * so when less than half of its context agrees with the text around the kept words and another
 * occurrence of the words, one the diff did not keep, fits that text better, it is orphaned.
 */
export function keptInPlace(versions: TextVersions, passage: OldPassage): StepResult {
  const { oldNorm, newNorm } = versions;
  const { quote, norm, mapped } = passage;
  const found = { found: { start: mapped.start, end: mapped.end } };
  const place = { normStart: mapped.start, normEnd: mapped.end };
  // Every occurrence's context is read the same way, from the old folded text, so that they
  // compare fairly with each other.
  const contextAt = (at: number) => ({
    prefix: oldNorm.text.slice(Math.max(0, at - CONTEXT_LENGTH), at),
    suffix: oldNorm.text.slice(at + quote.length, at + quote.length + CONTEXT_LENGTH),
  });
  const fit = (at: number) => contextScore(newNorm.text, place, contextAt(at));
  const own = fit(norm.start);
  const { prefix, suffix } = contextAt(norm.start);
  if (own * 2 >= prefix.trim().length + suffix.trim().length) return found;
  // Only copies the diff did not keep elsewhere could be the ones it should have kept here.
  const others = findNormalized(oldNorm.text, quote).filter(
    (at) => at !== norm.start && !mapRange(versions.alignment, at, at + quote.length).intact,
  );
  if (others.every((at) => fit(at) <= own)) return found;
  return {
    orphan: "ambiguous",
    message:
      "Its words occur more than once in the old text, and the text around the copy that was kept reads like another occurrence's context rather than its own.",
  };
}
