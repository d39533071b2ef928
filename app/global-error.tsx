"use client";

import "./globals.css";

/** Last resort when even the layout fails: a plain page in the app's own words. */
export default function GlobalError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en">
      <body className="bg-stone-50 p-8 font-sans text-stone-900">
        <h1 className="text-2xl font-semibold">Sorry, Crosscheck failed to load this page</h1>
        <p className="mt-2">Something went wrong on our side. Nothing you saved has been lost.</p>
        <button
          type="button"
          onClick={reset}
          className="mt-4 rounded bg-stone-900 px-4 py-2 text-white"
        >
          Try again
        </button>
      </body>
    </html>
  );
}
