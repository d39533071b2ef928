import type { QuestionKind } from "@/lib/questions/question-kinds";
import type { DateValue, QuantityValue, ReferenceDate } from "@/lib/values/types";

/** A span of the source's text: UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A span with the words it covers. */
export interface WordSpan extends Span {
  text: string;
}

/** An existing question a figure may answer. */
export interface QuestionRef {
  id: string;
  subject: string;
  measure: string;
  scope: string;
  kind: QuestionKind;
}

export interface SuggestOptions {
  /** The source's language ("en", "fr", …); the English-only finders stay silent for others. */
  language?: string | null;
  /** The source's publication date, for relative dates ("Thirty-three years ago", "Saturday"). */
  reference?: ReferenceDate | null;
  questions?: QuestionRef[];
  /** Passages already recorded on this source. */
  recorded?: Span[];
  /** Keys of suggestions an editor dismissed on this source. */
  dismissed?: string[];
}

/** Who the sentence attributes a figure to. */
export interface Attribution extends WordSpan {
  /** The origin as the text names it ("USSR Prosecutor General's Office"), or null ("it added"). */
  origin: string | null;
  /** False for unnamed origins: "unofficial estimates", "various sources", "officials". */
  named: boolean;
}

/** An existing question ranked against a figure, with the reasons in words. */
export interface QuestionMatch {
  questionId: string;
  /** 0–1; only matches of at least 0.3 are listed. */
  score: number;
  reasons: string[];
}

/** What the recording panel needs filled in to record the figure as a claim. */
export interface RecordingProposal {
  /** The passage: the sentence, or the clause holding the figure when the sentence is long. */
  quote: WordSpan;
  /** The stated words: the figure with what it counts ("26 citizens of Armenian nationality"). */
  stated: WordSpan;
  /** The origin for the claim: the attribution's, "Various sources (not named)", or null. */
  origin: string | null;
  /** The question, when one match is confident. */
  questionId: string | null;
  /** Days for the panel when the readers cannot read the wording (a weekday, say). */
  override: { first: string; last: string } | null;
}

export interface Suggestion {
  /** Stable across calls and across edits elsewhere in the text; dismissals are kept by it. */
  key: string;
  kind: "quantity" | "date";
  /** The figure's offsets in the whole text. */
  start: number;
  end: number;
  wording: string;
  /** As the readers give it; null when they cannot read it without more (see `problem`). */
  value: QuantityValue | DateValue | null;
  problem: string | null;
  sentence: Span;
  /** What is counted, with its verb where found ("Armenians killed"); null for dates. */
  counted: string | null;
  attribution: Attribution | null;
  questions: QuestionMatch[];
  /** Overlaps a passage already recorded on this source. */
  recorded: boolean;
  dismissed: boolean;
  /** "low": spans of time, figures that count who speaks, repeated lines (captions). */
  priority: "normal" | "low";
  /** Why the priority is low, in words. */
  notes: string[];
  proposal: RecordingProposal;
}
