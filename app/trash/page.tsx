import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/app/_auth/require-permission";
import { listTrash } from "@/lib/trash/trash-data";
import {
  TRASH_KINDS,
  TRASH_PAGE_SIZE,
  TrashQuerySchema,
  type TrashKind,
} from "@/lib/trash/trash-kinds";
import { purgeAction, restoreAction } from "./actions";

export const metadata: Metadata = { title: "Trash" };
export const dynamic = "force-dynamic";

const LABELS: Record<TrashKind, string> = {
  source: "Sources",
  question: "Questions",
  claim: "Claims",
};
const OUTCOMES: Record<string, string> = {
  restored: "Restored as it was.",
  purged: "Deleted for good.",
  refused:
    "That could not be done: it may be gone already, or its source or question is in the trash.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TrashPage({ searchParams }: Props) {
  await requirePagePermission("restore", "/trash");
  const params = await searchParams;
  const kind: TrashKind = TRASH_KINDS.find((k) => k === params.kind) ?? "source";
  // A page or cursor that cannot be read (hand-edited, or from an older version) shows the newest.
  const query = TrashQuerySchema.safeParse({ kind, page: params.page, cursor: params.cursor });
  const at = query.success ? query.data : { page: 1, cursor: undefined };
  const trash = await listTrash(kind, at);
  const outcome = typeof params.outcome === "string" ? OUTCOMES[params.outcome] : undefined;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Trash</h1>
        <p className="text-stone-600">
          Deleted sources, questions and claims, kept until an admin deletes them for good. A source
          comes back with the claims that went with it.
        </p>
      </div>
      {outcome ? (
        <p role="status" className="rounded border border-stone-300 bg-white px-4 py-2 text-sm">
          {outcome}
        </p>
      ) : null}
      <nav aria-label="Kinds" className="flex gap-2 text-sm">
        {TRASH_KINDS.map((k) => (
          <Link
            key={k}
            href={`/trash?kind=${k}`}
            aria-current={k === kind ? "page" : undefined}
            className={`rounded border px-3 py-1 ${k === kind ? "border-stone-900 bg-stone-900 text-white" : "border-stone-300 bg-white"}`}
          >
            {LABELS[k]}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-stone-600">
        {trash.totalCapped ? `More than ${trash.total.toLocaleString("en")}` : trash.total} in the
        trash.
      </p>
      <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
        {trash.items.map((item) => (
          <li key={item.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 p-3 text-sm">
            <span className="min-w-0 flex-1">{item.label}</span>
            <span className="text-stone-600">
              deleted {item.deletedAt.toISOString().slice(0, 16).replace("T", " ")} UTC
            </span>
            {item.withSource ? (
              <span className="text-stone-600">went with its source</span>
            ) : (
              <form action={restoreAction.bind(null, kind, item.id)}>
                <button type="submit" className="underline">
                  Restore
                </button>
              </form>
            )}
            <form action={purgeAction.bind(null, kind, item.id)}>
              <button type="submit" className="text-red-800 underline">
                Delete for good
              </button>
            </form>
          </li>
        ))}
      </ul>
      <nav aria-label="Pages" className="flex items-center justify-between gap-4 text-sm">
        {at.cursor || at.page > 1 ? (
          <Link href={`/trash?kind=${kind}`} className="underline">
            ← Most recent
          </Link>
        ) : (
          <span />
        )}
        {trash.nextCursor ? (
          <Link
            href={`/trash?kind=${kind}&cursor=${trash.nextCursor}`}
            rel="next"
            className="underline"
          >
            Next {TRASH_PAGE_SIZE} →
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
