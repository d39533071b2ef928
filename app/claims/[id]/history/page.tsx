import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryPage } from "@/app/_components/history-page";
import { getClaim } from "@/lib/claims/claim-data";

export const metadata: Metadata = { title: "Claim history" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ClaimHistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { outcome, before } = await searchParams;
  const claim = await getClaim(id);
  if (!claim) notFound();
  return (
    <HistoryPage
      kind="claim"
      id={id}
      title={`“${claim.stated}”`}
      backHref={`/claims/${id}`}
      currentVersion={claim.version}
      outcome={typeof outcome === "string" ? outcome : undefined}
      before={typeof before === "string" ? before : undefined}
    />
  );
}
