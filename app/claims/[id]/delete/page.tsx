import type { Metadata } from "next";
import { ConfirmDelete } from "@/app/_components/confirm-delete";
import { notFound } from "next/navigation";
import { getClaim } from "@/lib/claims/claim-data";
import { requirePagePermission } from "@/app/_auth/require-permission";
import { deleteClaimAction } from "../../actions";

export const metadata: Metadata = { title: "Delete claim" };

type Props = { params: Promise<{ id: string }> };

export default async function DeleteClaimPage({ params }: Props) {
  const { id } = await params;
  await requirePagePermission("trash", `/claims/${id}/delete`);
  const claim = await getClaim(id);
  if (!claim) notFound();
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Delete this claim?</h1>
      <p className="text-stone-700">
        “{claim.stated}” in <span className="font-medium">{claim.source.title}</span> will no longer
        be compared, and its passage will no longer be highlighted. The source itself stays. The
        claim goes to the trash, from which an admin can restore it.
      </p>
      <ConfirmDelete
        action={deleteClaimAction.bind(null, claim.id, claim.questionId)}
        label="Delete claim"
        cancelHref={`/claims/${claim.id}`}
      />
    </div>
  );
}
