import { describePassage, type PassageSelector } from "./describe-passage";
import type { TextRange } from "./find-quote";
import { sameFigures } from "./figure-words";
import { normalizeQuote, toOriginalRange } from "./normalize-text";
import { findExact, type StepResult } from "./reanchor-exact";
import { editedInPlace, fewWordsChanged, figureChanged } from "./reanchor-judge";
import { keptInPlace } from "./reanchor-kept";
import { findNear } from "./reanchor-near";
import { locateOld, prepareVersions, type OldPassage, type TextVersions } from "./reanchor-texts";
import { wordChanges, type WordChange } from "./word-changes";

/** Why a passage could not be placed in the new version of its text. */
export type OrphanReason =
  "not-in-old-text" | "deleted" | "rewritten" | "figure-changed" | "ambiguous" | "context-changed";

/**
 * Where a passage of the old version is in the new one. `unchanged`: same offsets, same words;
 * `moved`: the same words elsewhere; `changed`: its words lightly edited (never a figure), with a
 * word diff for an editor to review; `orphaned`: not placed, with the reason. Words are compared
 * after folding (normalize-text.ts), so `selector.exact` holds the new text's own characters.
 */
export type ReanchorResult =
  | { status: "unchanged" | "moved"; selector: PassageSelector }
  | { status: "changed"; selector: PassageSelector; changes: WordChange[] }
  | { status: "orphaned"; reason: OrphanReason; message: string };

/** Re-anchors one passage of `oldText`, stored as `selector`, into `newText`. */
export function reanchorPassage(
  oldText: string,
  newText: string,
  selector: PassageSelector,
): ReanchorResult {
  const [result] = reanchorAll(oldText, newText, [selector]);
  return result ?? orphan("not-in-old-text", "The passage could not be read.");
}

/**
 * Re-anchors many passages of `oldText` into `newText`, in the order given. The texts are folded
 * and diffed once; a passage whose words the diff kept is placed by the diff alone, and only the
 * others are searched for: exact words with their context, then near matches.
 */
export function reanchorAll(
  oldText: string,
  newText: string,
  selectors: readonly PassageSelector[],
): ReanchorResult[] {
  const versions = prepareVersions(String(oldText ?? ""), String(newText ?? ""));
  return selectors.map((selector) => reanchorOne(versions, selector));
}

function reanchorOne(versions: TextVersions, selector: PassageSelector): ReanchorResult {
  const passage = locateOld(versions, selector);
  if (!passage) {
    return orphan(
      "not-in-old-text",
      "The passage's words are not in the old text it was stored for.",
    );
  }
  // Words the diff kept in place are the passage itself, whatever copies of them the new text
  // has elsewhere: the diff, not a search, is the authority on what was kept (but see keptInPlace).
  const { mapped } = passage;
  const step: StepResult = mapped.intact
    ? keptInPlace(versions, passage)
    : search(versions, passage);
  if (!step) return lost(versions, passage);
  if ("orphan" in step) return orphan(step.orphan, step.message);
  return placed(versions, passage, step.found);
}

// Where the passage was first: its words between edges the diff kept, or a near match there; a
// passage whose place still holds its words lightly edited has not moved, whatever copies of
// them the new text has elsewhere. Then its exact words elsewhere (a moved paragraph), then a
// near match anywhere the text changed.
function search(versions: TextVersions, passage: OldPassage): StepResult {
  const inPlace = editedInPlace(versions, passage);
  if (inPlace) return inPlace;
  return (
    findNear(versions, passage, "here") ??
    findExact(versions, passage) ??
    findNear(versions, passage, "anywhere")
  );
}

function placed(versions: TextVersions, passage: OldPassage, found: TextRange): ReanchorResult {
  const { newText, newNorm, oldText } = versions;
  const { core, selector, quote } = passage;
  const range = withOldEdges(
    oldText,
    newText,
    selector,
    core,
    toOriginalRange(newNorm, found.start, found.end),
  );
  const described = describePassage(newText, range.start, range.end);
  if (!described.ok) return orphan("deleted", "The passage's words are not in the new text.");
  const words = newNorm.text.slice(found.start, found.end);
  if (words !== quote) {
    const changes = wordChanges(selector.exact, described.selector.exact);
    return { status: "changed", selector: described.selector, changes };
  }
  const same = range.start === selector.start && range.end === selector.end;
  return { status: same ? "unchanged" : "moved", selector: described.selector };
}

/** The orphan for a passage found nowhere: deleted, or rewritten (its figure, maybe) where it was. */
function lost(versions: TextVersions, passage: OldPassage): ReanchorResult {
  const { mapped, quote } = passage;
  if (mapped.end <= mapped.start) {
    return orphan("deleted", "The passage's words were deleted from the text.");
  }
  const there = versions.newNorm.text.slice(mapped.start, mapped.end);
  // Name the figure only when it is what changed: the words there are otherwise the passage's.
  if (!sameFigures(quote, there) && fewWordsChanged(quote, there)) {
    const step = figureChanged(quote, there);
    if (step && "orphan" in step) return orphan(step.orphan, step.message);
  }
  return orphan(
    "rewritten",
    "The text where the passage was has been rewritten beyond small edits.",
  );
}

// A stored passage may include blank characters at its edges (a selection that took a space);
// they are kept when the new text has the same ones around the words.
function withOldEdges(
  oldText: string,
  newText: string,
  selector: PassageSelector,
  core: TextRange,
  found: TextRange,
): TextRange {
  const lead = selector.start <= core.start ? oldText.slice(selector.start, core.start) : "";
  const trail = core.end <= selector.end ? oldText.slice(core.end, selector.end) : "";
  const blank = (s: string) => s.length <= 64 && normalizeQuote(s) === "";
  const start = found.start - lead.length;
  const end = found.end + trail.length;
  return {
    start:
      blank(lead) && start >= 0 && newText.slice(start, found.start) === lead ? start : found.start,
    end: blank(trail) && newText.slice(found.end, end) === trail ? end : found.end,
  };
}

function orphan(reason: OrphanReason, message: string): ReanchorResult {
  return { status: "orphaned", reason, message };
}
