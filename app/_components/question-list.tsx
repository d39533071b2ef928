import Link from "next/link";
import type { QuestionListItem } from "@/lib/questions/question-data";
import { ScopeTag } from "./question-label";
import { VerdictBadge } from "./verdict-badge";

/** Questions with their verdicts in words and what stands behind them. */
export function QuestionList({
  questions,
  showSubject = true,
}: {
  questions: QuestionListItem[];
  showSubject?: boolean;
}) {
  return (
    <ul
      aria-label="Questions"
      className="divide-y divide-stone-200 rounded border border-stone-200 bg-white"
    >
      {questions.map((question) => (
        <li key={question.id} className="space-y-2 p-4">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Link
              href={`/questions/${question.id}`}
              className="text-lg font-medium text-stone-900 underline-offset-2 hover:underline"
            >
              {showSubject ? `${question.subject.name} — ` : ""}
              {question.measure}
            </Link>
            {question.scope ? <ScopeTag scope={question.scope} /> : null}
          </div>
          <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
            <VerdictBadge status={question.verdict.status} />
            <p className="min-w-0 flex-1 basis-64 text-stone-800">{question.verdict.summary}</p>
          </div>
          <p className="text-sm text-stone-600">
            {question.claimCount} {question.claimCount === 1 ? "claim" : "claims"} from{" "}
            {question.sourceCount} {question.sourceCount === 1 ? "source" : "sources"}
          </p>
        </li>
      ))}
    </ul>
  );
}
