"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { addPassageAction, recordClaimAction } from "@/app/claims/actions";
import {
  chosenQuestion,
  kindOf,
  questionInput,
  type QuestionChoice,
} from "@/app/claims/question-picker";
import { questionLabel } from "@/app/_components/question-label";
import { callAction } from "@/app/_components/call-action";
import { draftFields, EMPTY_DRAFT, type ClaimDraft } from "@/lib/claims/claim-draft";
import { proposeStated } from "@/lib/claims/claim-value";
import type { ClaimActionResult } from "@/lib/claims/claim-action-result";
import type { FieldErrors } from "@/lib/forms/form-state";
import { sectionBefore } from "@/lib/passages/section-before";
import type { QuestionHeader } from "@/lib/questions/comparison-types";
import type { Suggestion } from "@/lib/suggestions/suggestion-types";
import type { ReferenceDate } from "@/lib/values/types";
import { ClaimPanel } from "./claim-panel";
import { panelErrors } from "./panel-checks";
import { usePassageTarget } from "./passage-target";
import { lookUpQuote } from "./quote-lookup";
import type { Quote } from "./quote-field";
import { RecordedNotice, SelectionActions } from "./recorder-notices";
import { selectionOffsets } from "./selection-offsets";
import { SuggestionList } from "./suggestion-list";
import { usePendingHighlight } from "./use-pending-highlight";

interface Props {
  sourceId: string;
  text: string;
  reference: ReferenceDate | null;
  /** The language the source's figures are read in (given or detected). */
  language: string | null;
  questions: QuestionHeader[];
  origins: string[];
  children: ReactNode;
}

type Failure = Extract<ClaimActionResult, { ok: false }>;

/**
 * The editor's flow in the reader: select words (mouse, or type them in the panel), or take a
 * suggested figure; pick the question, check the value, save; the passage is then highlighted.
 * More words, here or in another source, can then be added as other passages of that claim.
 */
export function ClaimRecorder(props: Props) {
  const { sourceId, text, reference, language, questions } = props;
  const textRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<Quote | null>(null);
  const [open, setOpen] = useState(false);
  const [quote, setQuote] = useState<Quote>({ text: "", range: null });
  const [choice, setChoice] = useState<QuestionChoice>({ mode: "existing", questionId: "" });
  const [draft, setDraft] = useState<ClaimDraft>(EMPTY_DRAFT);
  const [statedTouched, setStatedTouched] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [failedSaves, setFailedSaves] = useState(0);
  const [saved, setSaved] = useState<{ claimId: string; questionId: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [target, setTarget] = usePassageTarget();
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const kind = kindOf(choice, questions);
  const question = chosenQuestion(choice, questions);
  const measure = choice.mode === "new" ? choice.measure : (question?.measure ?? null);
  const at = quote.range?.start ?? lookupStart(text, quote);
  const reading = { language, measure, context: at === null ? null : sectionBefore(text, at) };
  usePendingHighlight(textRef, open ? quote.range : null);

  useEffect(() => {
    const onChange = () => {
      const root = textRef.current;
      const current = document.getSelection();
      if (!root || !current || current.rangeCount === 0) return;
      const range = selectionOffsets(root, current.getRangeAt(0));
      // Selections elsewhere (in the panel's fields) must not replace the passage being recorded.
      if (range) setSelection({ text: text.slice(range.start, range.end), range });
    };
    document.addEventListener("selectionchange", onChange);
    // Words selected while the page was still loading count too.
    onChange();
    return () => document.removeEventListener("selectionchange", onChange);
  }, [text]);

  // The new highlight is brought to the middle of the screen, clear of the notice at the bottom.
  useEffect(() => {
    if (!saved) return;
    const link = textRef.current?.querySelector(`a[href="/claims/${saved.claimId}"]`);
    link?.scrollIntoView({ block: "center" });
  }, [saved, props.children]);

  function propose(words: string, forKind = kind, forMeasure = measure): string {
    const span = proposeStated(forKind, words, reference, { ...reading, measure: forMeasure });
    return span ? words.slice(span.start, span.end) : "";
  }

  function openPanel(from: Quote | null, filled?: Partial<ClaimDraft>, next?: QuestionChoice) {
    const passage = from ?? { text: "", range: null };
    const chosen = next ?? choice;
    setQuote(passage);
    if (next) setChoice(next);
    setFailure(null);
    setAttempted(false);
    setSaved(null);
    setNotice(null);
    setStatedTouched(Boolean(filled?.stated));
    const forKind = kindOf(chosen, questions);
    setDraft({ ...EMPTY_DRAFT, stated: propose(passage.text, forKind), ...filled });
    setOpen(true);
  }

  function fromSuggestion(s: Suggestion, suggested: QuestionHeader | null) {
    const { proposal } = s;
    openPanel(
      {
        text: proposal.quote.text,
        range: { start: proposal.quote.start, end: proposal.quote.end },
      },
      {
        stated: proposal.stated.text,
        origin: proposal.origin ?? "",
        first: proposal.override?.first ?? "",
        last: proposal.override?.last ?? "",
      },
      proposal.questionId
        ? { mode: "existing", questionId: proposal.questionId, question: suggested ?? undefined }
        : undefined,
    );
  }

  function clearServer(...fields: string[]) {
    setFailure((f) => {
      if (!f) return f;
      const rest = Object.fromEntries(
        Object.entries(f.fields).filter(
          ([key]) => !fields.some((n) => key === n || key.startsWith(`${n}.`)),
        ),
      );
      return { ...f, fields: rest };
    });
  }

  function changeQuote(next: Quote) {
    setQuote(next);
    clearServer("quote");
    if (!statedTouched) setDraft((d) => ({ ...d, stated: propose(next.text) }));
  }

  function changeChoice(next: QuestionChoice) {
    setChoice(next);
    clearServer("questionId", "question");
    const nextQuestion = chosenQuestion(next, questions);
    if (!statedTouched)
      setDraft((d) => ({
        ...d,
        stated: propose(quote.text, kindOf(next, questions), nextQuestion?.measure ?? null),
      }));
  }

  function changeDraft(next: ClaimDraft) {
    const changed = (Object.keys(next) as (keyof ClaimDraft)[]).filter((k) => next[k] !== draft[k]);
    if (changed.includes("stated")) setStatedTouched(true);
    clearServer(
      ...changed.map((k) => (["low", "high", "best", "first", "last"].includes(k) ? "value" : k)),
    );
    setDraft(next);
  }

  const local = panelErrors({
    quote: quote.text,
    selected: quote.range !== null,
    lookup: quote.range ? { status: "empty" } : lookUpQuote(text, quote.text),
    choice,
    stated: draft.stated,
  });
  const errors: FieldErrors = { ...(failure?.fields ?? {}), ...(attempted ? local : {}) };

  function submit() {
    setAttempted(true);
    if (Object.keys(local).length > 0) {
      const count = Object.keys(local).length;
      setFailure({
        ok: false,
        code: "checks",
        message: `${count === 1 ? "One field needs" : `${count} fields need`} attention.`,
        fields: {},
      });
      setFailedSaves((n) => n + 1);
      return;
    }
    const input = {
      sourceId,
      ...questionInput(choice),
      quote: quote.range ?? { exact: quote.text },
      ...draftFields(draft, kind),
    };
    startTransition(async () => {
      const outcome = await callAction(recordClaimAction, input);
      const result = outcome.ok
        ? outcome.value
        : { ok: false as const, message: outcome.message, fields: {} };
      if (!result.ok) {
        setFailure(result);
        setFailedSaves((n) => n + 1);
        return;
      }
      setOpen(false);
      setNotice(null);
      setSaved(result);
      const label = question
        ? questionLabel(question)
        : choice.mode === "new"
          ? `${choice.subject} — ${choice.measure}`
          : "";
      setTarget({
        claimId: result.claimId,
        label: `${label}: ${draft.stated || quote.text.slice(0, 40)}`,
      });
      setSelection(null);
      document.getSelection()?.removeAllRanges();
      router.refresh();
    });
  }

  function addPassage() {
    if (!target || !selection?.range) return;
    const claimId = target.claimId;
    startTransition(async () => {
      const outcome = await callAction(addPassageAction, claimId, {
        sourceId,
        quote: selection.range!,
      });
      const result = outcome.ok
        ? outcome.value
        : { ok: false as const, message: outcome.message, fields: {} };
      // The newest outcome replaces the "claim recorded" notice rather than hiding behind it.
      setSaved(null);
      setNotice(result.ok ? "Added as another passage of the claim." : result.message);
      if (!result.ok) return;
      setSelection(null);
      document.getSelection()?.removeAllRanges();
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => openPanel(selection)}
          className="rounded bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700"
        >
          {selection ? "Record a claim from the selection" : "Record a claim…"}
        </button>
        <span className="text-sm text-stone-700">
          {selection
            ? `Selected: “${shorten(selection.text)}”`
            : "Select the words that assert a figure or a date. With the keyboard: choose “Record a claim…” and type the words; the panel finds them in the text."}
        </span>
      </div>
      <SuggestionList sourceId={sourceId} text={text} canEdit onRecord={fromSuggestion} />
      <RecordedNotice
        saved={saved}
        notice={notice}
        target={target}
        onDismiss={() => {
          setSaved(null);
          setNotice(null);
        }}
        onStopAdding={() => setTarget(null)}
      />
      <div ref={textRef} onClickCapture={keepSelection}>
        {props.children}
      </div>
      <SelectionActions
        hidden={!selection || open}
        target={selection ? target : null}
        pending={pending}
        onRecord={() => openPanel(selection)}
        onAddPassage={addPassage}
      />
      {open ? (
        <ClaimPanel
          sourceId={sourceId}
          text={text}
          quote={quote}
          onQuote={changeQuote}
          questions={questions}
          choice={choice}
          onChoice={changeChoice}
          kind={kind}
          draft={draft}
          onDraft={changeDraft}
          reference={reference}
          reading={reading}
          origins={props.origins}
          message={
            failure?.code === "checks" && Object.keys(local).length === 0
              ? null
              : (failure?.message ?? null)
          }
          errors={errors}
          occurrences={failure?.occurrences ?? []}
          needsDate={failure?.code === "needs_value" && reference === null}
          failedSaves={failedSaves}
          pending={pending}
          onSubmit={submit}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </div>
  );
}

// A drag that starts and ends inside one highlight ends in a click on its link: when that drag
// selected words, the click must leave them selected rather than open the claim.
function keepSelection(event: React.MouseEvent) {
  const link = (event.target as Element).closest("a");
  const selected = document.getSelection();
  if (link && selected && !selected.isCollapsed && link.contains(selected.anchorNode)) {
    event.preventDefault();
  }
}

function lookupStart(text: string, quote: Quote): number | null {
  const found = lookUpQuote(text, quote.text);
  return found.status === "found" ? found.start : null;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
