import { show } from "@/lib/history/describe-changes";
import type { RevisionView } from "@/lib/history/history-data";

const ACTIONS: Record<RevisionView["action"], string> = {
  create: "created",
  update: "changed",
  trash: "moved to the trash",
  restore: "restored from the trash",
  purge: "deleted for good",
};

interface Props {
  revisions: RevisionView[];
  /** The record's current version: it cannot be "restored". */
  currentVersion: number;
  /** A form per earlier version that brings it back; absent for people who may not edit. */
  restore?: (version: number) => React.ReactNode;
}

/** A record's changes, newest first: who, when, which fields, from what to what. */
export function HistoryList({ revisions, currentVersion, restore }: Props) {
  if (revisions.length === 0)
    return <p className="text-stone-600">No changes are recorded for this yet.</p>;
  return (
    <ol className="space-y-3">
      {revisions.map((revision) => (
        <li key={revision.version} className="rounded border border-stone-200 bg-white p-4">
          <p className="flex flex-wrap items-baseline gap-x-3 text-sm">
            <span className="font-medium">Version {revision.version}</span>
            <span>
              {ACTIONS[revision.action]} by {revision.actorName}
            </span>
            <time dateTime={revision.at.toISOString()} className="text-stone-600">
              {revision.at.toISOString().slice(0, 16).replace("T", " ")} UTC
            </time>
          </p>
          {revision.action === "update" ? (
            <ul className="mt-2 space-y-1 text-sm text-stone-800">
              {revision.changed
                .filter((field) => field !== "parsedValue")
                .map((field) => (
                  <li key={field}>
                    <span className="text-stone-600">{field}:</span>{" "}
                    {show(revision.before?.[field])} → {show(revision.after?.[field])}
                  </li>
                ))}
            </ul>
          ) : null}
          {restore &&
          revision.after &&
          revision.version !== currentVersion &&
          revision.action !== "trash"
            ? restore(revision.version)
            : null}
        </li>
      ))}
    </ol>
  );
}
