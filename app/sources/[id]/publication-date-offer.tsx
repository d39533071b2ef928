"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setPublicationDateAction } from "@/app/sources/actions";
import { callAction } from "@/app/_components/call-action";

/**
 * Offered in the panel when a relative date ("last Sunday", "a year later") has nothing to count
 * from: set the source's publication date here, without losing the selection or the panel.
 */
export function PublicationDateOffer({ sourceId }: { sourceId: string }) {
  const [value, setValue] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  function save() {
    startTransition(async () => {
      const outcome = await callAction(setPublicationDateAction, sourceId, value);
      const result = outcome.ok ? outcome.value : { ok: false as const, message: outcome.message };
      if (!result.ok) return setMessage(result.message);
      setMessage("Publication date set; the value is read again from it.");
      router.refresh();
    });
  }

  return (
    <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
      <label htmlFor="new-claim-published" className="block font-medium text-stone-900">
        This source has no publication date to count the relative date from. Set it here:
      </label>
      <div className="flex gap-2">
        <input
          id="new-claim-published"
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-describedby="new-claim-published-note"
          className="w-40 rounded border border-stone-400 bg-white px-2 py-1"
        />
        <button
          type="button"
          onClick={save}
          disabled={pending}
          className="rounded bg-stone-900 px-3 py-1 text-white hover:bg-stone-700"
        >
          {pending ? "Setting…" : "Set the publication date"}
        </button>
      </div>
      <p id="new-claim-published-note" role="status" className="text-stone-700">
        {message ?? "YYYY, YYYY-MM or YYYY-MM-DD, as the source gives it."}
      </p>
    </div>
  );
}
