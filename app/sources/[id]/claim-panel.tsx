"use client";

import { useEffect, useRef } from "react";
import { ClaimFields } from "@/app/claims/claim-fields";
import { QuestionPicker, type QuestionChoice } from "@/app/claims/question-picker";
import { FormAlert, SubmitButton } from "@/app/_components/form-fields";
import type { ClaimDraft } from "@/lib/claims/claim-draft";
import type { ReadingContext } from "@/lib/claims/claim-value";
import type { FieldErrors } from "@/lib/forms/form-state";
import type { QuestionHeader } from "@/lib/questions/comparison-types";
import type { QuestionKind } from "@/lib/questions/question-kinds";
import type { Occurrence } from "@/lib/passages/resolve-passage";
import type { ReferenceDate } from "@/lib/values/types";
import { PublicationDateOffer } from "./publication-date-offer";
import { QuoteField, type Quote } from "./quote-field";
import { useDialogFocus } from "./use-dialog-focus";

interface Props {
  sourceId: string;
  text: string;
  quote: Quote;
  onQuote: (quote: Quote) => void;
  questions: QuestionHeader[];
  choice: QuestionChoice;
  onChoice: (choice: QuestionChoice) => void;
  kind: QuestionKind;
  draft: ClaimDraft;
  onDraft: (draft: ClaimDraft) => void;
  reference: ReferenceDate | null;
  reading: ReadingContext;
  origins: string[];
  /** The message of a failed save, and every field in error (the panel's and the server's). */
  message: string | null;
  errors: FieldErrors;
  occurrences: Occurrence[];
  /** The server said a relative date needs a publication date. */
  needsDate: boolean;
  /** Bumped by each failed save: focus then goes to the first field in error. */
  failedSaves: number;
  pending: boolean;
  onSubmit: () => void;
  onClose: () => void;
}

/**
 * The recording panel, a dialog: focus moves into it and stays there until it closes, then
 * returns; after a failed save it goes to the first field in error, and the message is announced.
 */
export function ClaimPanel(props: Props) {
  const dialog = useRef<HTMLElement>(null);
  const first = useRef<HTMLTextAreaElement>(null);
  useDialogFocus(dialog, true, props.onClose, first);

  useEffect(() => {
    if (props.failedSaves === 0) return;
    const invalid = dialog.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? dialog.current?.querySelector<HTMLElement>('[role="alert"]'))?.focus();
  }, [props.failedSaves]);

  return (
    <aside
      ref={dialog}
      role="dialog"
      aria-modal="true"
      aria-labelledby="claim-panel-title"
      tabIndex={-1}
      className="fixed inset-x-0 bottom-0 z-30 max-h-[85vh] overflow-y-auto border-t border-stone-300 bg-white p-4 shadow-2xl sm:inset-y-0 sm:right-0 sm:left-auto sm:max-h-none sm:w-[28rem] sm:border-t-0 sm:border-l"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
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
            onClick={props.onClose}
            className="min-h-6 rounded px-2 py-1 text-sm underline"
          >
            Cancel
          </button>
        </div>
        <div aria-live="assertive">
          {props.message ? <FormAlert>{props.message}</FormAlert> : null}
        </div>
        {props.needsDate ? <PublicationDateOffer sourceId={props.sourceId} /> : null}
        <QuoteField
          ref={first}
          text={props.text}
          quote={props.quote}
          onChange={props.onQuote}
          errors={props.errors.quote ?? []}
          occurrences={props.occurrences}
        />
        <QuestionPicker
          questions={props.questions}
          choice={props.choice}
          onChange={props.onChoice}
          errors={props.errors}
          allowNew
          idPrefix="new-claim"
        />
        <ClaimFields
          kind={props.kind}
          quote={props.quote.text}
          reference={props.reference}
          draft={props.draft}
          onChange={props.onDraft}
          errors={props.errors}
          origins={props.origins}
          idPrefix="new-claim"
          reading={props.reading}
        />
        <SubmitButton pending={props.pending}>Save claim</SubmitButton>
      </form>
    </aside>
  );
}
