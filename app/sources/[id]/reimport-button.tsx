"use client";

import { useState, useTransition } from "react";
import { callAction } from "@/app/_components/call-action";
import { reimportSourceAction } from "../text-actions";

/** "Import again": fetches the source's address again and says what became of its passages. */
export function ReimportButton({ sourceId }: { sourceId: string }) {
  const [message, setMessage] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, start] = useTransition();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const outcome = await callAction(reimportSourceAction, sourceId);
            setMessage(outcome.ok ? outcome.value : { ok: false, message: outcome.message });
          })
        }
        className="rounded border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-100 disabled:cursor-wait disabled:opacity-60"
      >
        {pending ? "Importing…" : "Import again"}
      </button>
      {message ? (
        <span role={message.ok ? "status" : "alert"} className={message.ok ? "" : "text-red-800"}>
          {message.message}
        </span>
      ) : null}
    </span>
  );
}
