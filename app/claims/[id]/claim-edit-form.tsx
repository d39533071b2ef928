"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { callAction } from "@/app/_components/call-action";
import { FormAlert, SubmitButton } from "@/app/_components/form-fields";
import { updateClaimAction } from "@/app/claims/actions";
import { ClaimFields } from "@/app/claims/claim-fields";
import { QuestionPicker, kindOf, type QuestionChoice } from "@/app/claims/question-picker";
import type { ClaimActionResult } from "@/lib/claims/claim-action-result";
import {
  draftFields,
  EMPTY_DRAFT,
  overrideToDraft,
  type ClaimDraft,
} from "@/lib/claims/claim-draft";
import type { ClaimRecord, QuestionHeader } from "@/lib/questions/comparison-types";
import type { ReferenceDate } from "@/lib/values/types";

interface Props {
  claim: ClaimRecord;
  quote: string;
  reference: ReferenceDate | null;
  /** The source's language and the text before the passage; the measure is the chosen question's. */
  reading: { language: string | null; context: string | null };
  questions: QuestionHeader[];
  origins: string[];
}

/** Edits a saved claim; what was typed stays on screen if the server refuses it. */
export function ClaimEditForm({ claim, quote, reference, reading, questions, origins }: Props) {
  const [choice, setChoice] = useState<QuestionChoice>({
    mode: "existing",
    questionId: claim.questionId,
  });
  const [draft, setDraft] = useState<ClaimDraft>({
    ...EMPTY_DRAFT,
    ...overrideToDraft(claim.override),
    stated: claim.stated,
    origin: claim.origin?.name ?? "",
    method: claim.method,
    asOf: claim.asOf ?? "",
    note: claim.note ?? "",
    status: claim.status,
  });
  const [result, setResult] = useState<ClaimActionResult | null>(null);
  // The version this form edits; after a conflict, the newer one the person has now been shown.
  const [version, setVersion] = useState(claim.version);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const kind = kindOf(choice, questions);
  const failure = result && !result.ok ? result : null;

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const questionId = choice.mode === "existing" ? choice.questionId : claim.questionId;
        startTransition(async () => {
          const outcome = await callAction(updateClaimAction, claim.id, {
            questionId,
            ...draftFields(draft, kind),
            version,
          });
          const next = outcome.ok
            ? outcome.value
            : { ok: false as const, message: outcome.message, fields: {} };
          setResult(next);
          if (next.ok) setVersion(next.version);
          else if (next.currentVersion) setVersion(next.currentVersion);
          if (next.ok) router.refresh();
        });
      }}
    >
      {failure ? <FormAlert>{failure.message}</FormAlert> : null}
      {result?.ok ? (
        <p
          role="status"
          className="rounded border border-green-300 bg-green-50 px-4 py-2 text-sm text-green-900"
        >
          Saved.
        </p>
      ) : null}
      <QuestionPicker
        questions={questions}
        choice={choice}
        onChange={setChoice}
        errors={failure?.fields ?? {}}
        allowNew={false}
        idPrefix="edit-claim"
      />
      <ClaimFields
        kind={kind}
        quote={quote}
        reference={reference}
        reading={{
          ...reading,
          measure: questions.find((q) => choice.mode === "existing" && q.id === choice.questionId)
            ?.measure,
        }}
        draft={draft}
        onChange={setDraft}
        errors={failure?.fields ?? {}}
        origins={origins}
        idPrefix="edit-claim"
      />
      <SubmitButton pending={pending}>Save changes</SubmitButton>
    </form>
  );
}
