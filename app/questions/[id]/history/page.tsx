import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryPage } from "@/app/_components/history-page";
import { getQuestionVersion } from "@/lib/questions/question-data";

export const metadata: Metadata = { title: "Question history" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function QuestionHistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { outcome, before } = await searchParams;
  const question = await getQuestionVersion(id);
  if (!question) notFound();
  return (
    <HistoryPage
      kind="question"
      id={id}
      title={`${question.subject.name} — ${question.measure}`}
      backHref={`/questions/${id}`}
      currentVersion={question.version}
      outcome={typeof outcome === "string" ? outcome : undefined}
      before={typeof before === "string" ? before : undefined}
    />
  );
}
