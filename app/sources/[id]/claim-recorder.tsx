"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { recordClaimAction } from "@/app/claims/actions";
import { ClaimFields } from "@/app/claims/claim-fields";
import {
  QuestionPicker,
  kindOf,
  questionInput,
  type QuestionChoice,
} from "@/app/claims/question-picker";
import { callAction } from "@/app/_components/call-action";
import { FormAlert, SubmitButton } from "@/app/_components/form-fields";
import { draftFields, EMPTY_DRAFT, type ClaimDraft } from "@/lib/claims/claim-draft";
import { proposeStated } from "@/lib/claims/claim-value";
import type { ClaimActionResult } from "@/lib/claims/claim-action-result";
import { errorsUnder } from "@/lib/forms/form-state";
import type { QuestionHeader } from "@/lib/questions/comparison-types";
import type { ReferenceDate } from "@/lib/values/types";
import { selectionOffsets } from "./selection-offsets";
import { usePendingHighlight } from "./use-pending-highlight";

interface Props {
  sourceId: string;
  reference: ReferenceDate | null;
  questions: QuestionHeader[];
  origins: string[];
  children: ReactNode;
}

/** Where the passage is: offsets from a selection, or words the editor typed. */
interface Quote {
  text: string;
  range: { start: number; end: number } | null;
}

type Failure = Extract<ClaimActionResult, { ok: false }>;

/**
 * The editor's flow in the reader: select words in the text (mouse, or keyboard with caret
 * browsing), open the panel, pick the question, check the value, save; the passage is then
 * highlighted. Words can also be typed into the panel; the server finds them in the text.
 */
export function ClaimRecorder({ sourceId, reference, questions, origins, children }: Props) {
  const textRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<Quote | null>(null);
  const [open, setOpen] = useState(false);
  const [quote, setQuote] = useState<Quote>({ text: "", range: null });
  const [choice, setChoice] = useState<QuestionChoice>({ mode: "existing", questionId: "" });
  const [draft, setDraft] = useState<ClaimDraft>(EMPTY_DRAFT);
  const [statedTouched, setStatedTouched] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saved, setSaved] = useState<{ claimId: string; questionId: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const kind = kindOf(choice, questions);
  usePendingHighlight(textRef, open ? quote.range : null);

  useEffect(() => {
    const onChange = () => {
      const root = textRef.current;
      const current = document.getSelection();
      if (!root || !current || current.rangeCount === 0) return;
      const range = selectionOffsets(root, current.getRangeAt(0));
      // Selections elsewhere (in the panel's fields) must not replace the passage being recorded.
      if (range) setSelection({ text: current.toString(), range });
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, []);

  function openPanel(from: Quote | null) {
    const next = from ?? { text: "", range: null };
    setQuote(next);
    setFailure(null);
    setSaved(null);
    setStatedTouched(false);
    setDraft({ ...EMPTY_DRAFT, stated: proposal(next.text, kind) });
    setOpen(true);
  }

  function proposal(text: string, forKind = kind): string {
    const span = proposeStated(forKind, text, reference);
    return span ? text.slice(span.start, span.end) : "";
  }

  function changeQuote(text: string) {
    setQuote({ text, range: null });
    if (!statedTouched) setDraft((d) => ({ ...d, stated: proposal(text) }));
  }

  function changeChoice(next: QuestionChoice) {
    setChoice(next);
    if (!statedTouched)
      setDraft((d) => ({ ...d, stated: proposal(quote.text, kindOf(next, questions)) }));
  }

  function submit() {
    const quoteInput = quote.range ? quote.range : { exact: quote.text };
    const input = {
      sourceId,
      ...questionInput(choice),
      quote: quoteInput,
      ...draftFields(draft, kind),
    };
    startTransition(async () => {
      const outcome = await callAction(recordClaimAction, input);
      const result = outcome.ok
        ? outcome.value
        : { ok: false as const, message: outcome.message, fields: {} };
      if (!result.ok) {
        setFailure(result);
        return;
      }
      setOpen(false);
      setSaved(result);
      setSelection(null);
      document.getSelection()?.removeAllRanges();
      router.refresh();
    });
  }

  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => openPanel(selection)}
          className="rounded bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700"
        >
          {selection ? "Record a claim from the selection" : "Record a claim…"}
        </button>
        <span className="text-sm text-stone-600">
          {selection
            ? `Selected: “${shorten(selection.text)}”`
            : "Select the words that assert a figure or a date."}
        </span>
      </div>
      {saved ? (
        <div
          role="status"
          className="fixed bottom-4 left-4 z-20 flex max-w-[calc(100%-2rem)] items-start gap-3 rounded border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900 shadow-lg"
        >
          <p>
            Claim recorded and highlighted.{" "}
            <Link href={`/questions/${saved.questionId}`} className="font-medium underline">
              See the comparison
            </Link>{" "}
            ·{" "}
            <Link href={`/claims/${saved.claimId}`} className="underline">
              the claim
            </Link>
          </p>
          <button
            type="button"
            onClick={() => setSaved(null)}
            aria-label="Dismiss"
            className="px-1 font-bold"
          >
            ×
          </button>
        </div>
      ) : null}
      <div ref={textRef}>{children}</div>
      {selection && !open ? (
        <button
          type="button"
          onClick={() => openPanel(selection)}
          className="fixed right-4 bottom-4 z-20 rounded-full bg-amber-600 px-5 py-3 font-medium text-white shadow-lg hover:bg-amber-700"
        >
          Record a claim
        </button>
      ) : null}
      {open ? (
        <aside
          role="dialog"
          aria-labelledby="claim-panel-title"
          onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
          className="fixed inset-x-0 bottom-0 z-30 max-h-[85vh] overflow-y-auto border-t border-stone-300 bg-white p-4 shadow-2xl sm:inset-y-0 sm:right-0 sm:left-auto sm:max-h-none sm:w-[28rem] sm:border-t-0 sm:border-l"
        >
          <form
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
            className="space-y-4"
            noValidate
          >
            <div className="flex items-start justify-between gap-3">
              <h2 id="claim-panel-title" className="text-lg font-semibold">
                Record a claim
              </h2>
              <button
                type="button"
                onClick={() => setOpen(false)}
                className="rounded px-2 py-1 text-sm underline"
              >
                Cancel
              </button>
            </div>
            {failure ? <FormAlert>{failure.message}</FormAlert> : null}
            <QuoteField
              quote={quote}
              onChange={changeQuote}
              failure={failure}
              onChoose={(range, text) => setQuote({ text, range })}
            />
            <QuestionPicker
              questions={questions}
              choice={choice}
              onChange={changeChoice}
              errors={failure?.fields ?? {}}
              allowNew
              idPrefix="new-claim"
            />
            <ClaimFields
              kind={kind}
              quote={quote.text}
              reference={reference}
              draft={draft}
              onChange={(next) => {
                if (next.stated !== draft.stated) setStatedTouched(true);
                setDraft(next);
              }}
              errors={failure?.fields ?? {}}
              origins={origins}
              idPrefix="new-claim"
            />
            <SubmitButton pending={pending}>Save claim</SubmitButton>
          </form>
        </aside>
      ) : null}
    </div>
  );
}

function QuoteField(props: {
  quote: Quote;
  onChange: (text: string) => void;
  failure: Failure | null;
  onChoose: (range: { start: number; end: number }, text: string) => void;
}) {
  const errors = errorsUnder(props.failure?.fields ?? {}, "quote");
  return (
    <div className="space-y-1">
      <label htmlFor="new-claim-quote" className="block text-sm font-medium text-stone-800">
        Passage{" "}
        <span aria-hidden className="text-red-700">
          *
        </span>
      </label>
      <p id="new-claim-quote-hint" className="text-sm text-stone-500">
        {props.quote.range
          ? "From your selection. Edit it to search the text for other words."
          : "Paste or type the exact words; they are looked up in the text."}
      </p>
      <textarea
        id="new-claim-quote"
        rows={4}
        value={props.quote.text}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={`new-claim-quote-hint${errors.length ? " new-claim-quote-error" : ""}`}
        className="block w-full rounded border border-stone-300 bg-white px-3 py-2 font-serif"
      />
      {errors.length ? (
        <p id="new-claim-quote-error" role="alert" className="text-sm font-medium text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
      {props.failure?.occurrences?.length ? (
        <ul className="space-y-1 text-sm">
          {props.failure.occurrences.map((occurrence) => (
            <li key={occurrence.start}>
              <button
                type="button"
                onClick={() => props.onChoose(occurrence, props.quote.text)}
                className="text-left underline"
              >
                Use this one: “…{occurrence.context}…”
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
