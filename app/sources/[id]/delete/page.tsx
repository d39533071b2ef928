import type { Metadata } from "next";
import { ConfirmDelete } from "@/app/_components/confirm-delete";
import { notFound } from "next/navigation";
import { listSourceClaims } from "@/lib/claims/claim-data";
import { getSourceHeader } from "@/lib/sources/source-data";
import { requirePagePermission } from "@/app/_auth/require-permission";
import { deleteSourceAction } from "../../actions";

export const metadata: Metadata = { title: "Delete source" };

type Props = { params: Promise<{ id: string }> };

export default async function DeleteSourcePage({ params }: Props) {
  const { id } = await params;
  await requirePagePermission("trash", `/sources/${id}/delete`);
  const [source, claims] = await Promise.all([getSourceHeader(id), listSourceClaims(id)]);
  if (!source) notFound();
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Delete this source?</h1>
      <p className="text-stone-700">
        <span className="font-medium">{source.title}</span> and its text will be removed from the
        library
        {claims.length > 0
          ? `, together with the ${claims.length === 1 ? "claim" : `${claims.length} claims`} recorded in it`
          : ""}
        . They go to the trash, from which an admin can restore them.
      </p>
      <ConfirmDelete
        action={deleteSourceAction.bind(null, source.id)}
        label="Delete source"
        cancelHref={`/sources/${source.id}`}
      />
    </div>
  );
}
