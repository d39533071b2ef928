import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getClaim } from "@/lib/claims/claim-data";
import { deleteClaimAction } from "../../actions";

export const metadata: Metadata = { title: "Delete claim" };

type Props = { params: Promise<{ id: string }> };

export default async function DeleteClaimPage({ params }: Props) {
  const claim = await getClaim((await params).id);
  if (!claim) notFound();
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Delete this claim?</h1>
      <p className="text-stone-700">
        “{claim.stated}” in <span className="font-medium">{claim.source.title}</span> will no longer
        be compared, and its passage will no longer be highlighted. The source itself stays. This
        cannot be undone.
      </p>
      <form
        action={deleteClaimAction.bind(null, claim.id, claim.questionId)}
        className="flex flex-wrap gap-3"
      >
        <button
          type="submit"
          className="rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800"
        >
          Delete claim
        </button>
        <Link
          href={`/claims/${claim.id}`}
          className="rounded border border-stone-300 bg-white px-4 py-2 hover:bg-stone-100"
        >
          Keep it
        </Link>
      </form>
    </div>
  );
}
