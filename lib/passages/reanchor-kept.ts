import { contextScore } from "./choose-occurrence";
import { findNormalized } from "./find-quote";
import { normalizeText } from "./normalize-text";
import type { StepResult } from "./reanchor-exact";
import type { OldPassage, TextVersions } from "./reanchor-texts";

const CONTEXT_LENGTH = 32;

/**
 * A passage whose words the diff kept stays where the diff put them. One check: a diff can keep
 * the wrong copy of repeated words (citations that differ only after "listing of votes cast…"),
 * so when less than half of the stored context agrees with the text around the kept words and
 * another occurrence of the words in the old text fits that text better, it is orphaned.
 */
export function keptInPlace(versions: TextVersions, passage: OldPassage): StepResult {
  const { oldNorm, newNorm } = versions;
  const { quote, norm, mapped, selector } = passage;
  const found = { found: { start: mapped.start, end: mapped.end } };
  const place = { normStart: mapped.start, normEnd: mapped.end };
  const own = contextScore(newNorm.text, place, selector);
  const possible =
    normalizeText(selector.prefix ?? "").text.trim().length +
    normalizeText(selector.suffix ?? "").text.trim().length;
  if (own * 2 >= possible) return found;
  const fit = (at: number) =>
    contextScore(newNorm.text, place, {
      prefix: oldNorm.text.slice(Math.max(0, at - CONTEXT_LENGTH), at),
      suffix: oldNorm.text.slice(at + quote.length, at + quote.length + CONTEXT_LENGTH),
    });
  const others = findNormalized(oldNorm.text, quote).filter((at) => at !== norm.start);
  if (others.every((at) => fit(at) <= own)) return found;
  return {
    orphan: "ambiguous",
    message:
      "Its words occur more than once in the old text, and the text around the copy that was kept reads like another occurrence's context rather than its own.",
  };
}
