"use client";

import Link from "next/link";

/** Shown when a page fails unexpectedly: an apology and a way on, never the error itself. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="max-w-xl space-y-4" role="alert">
      <h1 className="text-2xl font-semibold tracking-tight">Sorry, this page failed</h1>
      <p className="text-stone-700">
        Something went wrong on our side. Nothing you saved before has been lost.
        {error.digest ? (
          <>
            {" "}
            If it keeps happening, mention reference <code>{error.digest}</code>.
          </>
        ) : null}
      </p>
      <div className="flex gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-stone-900 px-4 py-2 text-white hover:bg-stone-700"
        >
          Try again
        </button>
        <Link
          href="/"
          className="rounded border border-stone-300 bg-white px-4 py-2 hover:bg-stone-100"
        >
          Start page
        </Link>
      </div>
    </div>
  );
}
