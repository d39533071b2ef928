import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryPage } from "@/app/_components/history-page";
import { getSourceHeader } from "@/lib/sources/source-data";

export const metadata: Metadata = { title: "Source history" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SourceHistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { outcome, before } = await searchParams;
  const source = await getSourceHeader(id);
  if (!source) notFound();
  return (
    <HistoryPage
      kind="source"
      id={id}
      title={source.title}
      backHref={`/sources/${id}`}
      currentVersion={source.version}
      outcome={typeof outcome === "string" ? outcome : undefined}
      before={typeof before === "string" ? before : undefined}
    />
  );
}
