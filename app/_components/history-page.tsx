import Link from "next/link";
import { currentActor } from "@/app/_auth/current-actor";
import { allows } from "@/lib/auth/permissions";
import { listHistory } from "@/lib/history/history-data";
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
}

/** The history page of a claim, source or question, with restore buttons for editors. */
export async function HistoryPage({ kind, id, title, backHref, currentVersion, outcome }: Props) {
  const [revisions, actor] = await Promise.all([listHistory(kind, id), currentActor()]);
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
    </div>
  );
}
