import Link from "next/link";
import { currentActor } from "@/app/_auth/current-actor";
import { allows } from "@/lib/auth/permissions";
import { HISTORY_PAGE, listHistory } from "@/lib/history/history-data";
import { HistoryQuerySchema } from "@/lib/history/history-query";
import type { RecordKind } from "@/lib/history/revision-data";
import { revertAction } from "./history-actions";
import { HistoryList } from "./history-list";
import { RevertForm } from "./revert-form";

const OUTCOMES: Record<string, string> = {
  restored: "The version was restored; the restore is the newest change below.",
  conflict:
    "Someone changed this meanwhile, so nothing was restored. Look at their change below and try again.",
  refused: "That version could not be restored (its question or source may be gone).",
  invalid: "That was not a version of this record.",
};

interface Props {
  kind: RecordKind;
  id: string;
  title: string;
  backHref: string;
  currentVersion: number;
  outcome?: string;
  /** ?before=<version>: the page of changes older than that version (as the API pages). */
  before?: string;
}

/**
 * The history page of a claim, source or question, with restore buttons for editors; the newest
 * HISTORY_PAGE changes, and links to page back through older ones.
 */
export async function HistoryPage(props: Props) {
  const { kind, id, title, backHref, currentVersion, outcome } = props;
  // A ?before= that is not a version number shows the newest changes.
  const before = HistoryQuerySchema.safeParse({ before: props.before }).data?.before;
  const [revisions, actor] = await Promise.all([
    listHistory(kind, id, { beforeVersion: before }),
    currentActor(),
  ]);
  // Versions run 1, 2, 3…: a page that stops above version 1 has older changes after it.
  const oldest = revisions.at(-1)?.version;
  const older = revisions.length === HISTORY_PAGE && oldest !== undefined && oldest > 1;
  const canRestore = allows(actor?.role ?? null, "write");
  const plural = `${kind}s` as "claims" | "sources" | "questions";
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <p className="text-sm">
          <Link href={backHref} className="underline">
            ← {title}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">History</h1>
        <p className="text-stone-600">
          Every change, newest first. Now at version {currentVersion}.
          {before ? ` Showing the changes before version ${before}.` : ""}
        </p>
      </div>
      {outcome && OUTCOMES[outcome] ? (
        <p role="status" className="rounded border border-stone-300 bg-white px-4 py-2 text-sm">
          {OUTCOMES[outcome]}
        </p>
      ) : null}
      <HistoryList
        revisions={revisions}
        currentVersion={currentVersion}
        restore={
          canRestore
            ? (version) => (
                <RevertForm
                  action={revertAction.bind(null, plural, id)}
                  version={version}
                  currentVersion={currentVersion}
                />
              )
            : undefined
        }
      />
      {before || older ? (
        <nav aria-label="Pages of changes" className="flex gap-6 text-sm">
          {before ? (
            <Link href={`/${plural}/${id}/history`} className="underline">
              ← Newest changes
            </Link>
          ) : null}
          {older ? (
            <Link href={`/${plural}/${id}/history?before=${oldest}`} className="underline">
              Older changes →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
