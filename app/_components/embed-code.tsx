"use client";

import { useState } from "react";

/** "Copy embed code": an iframe of the question's embed page, for articles on other sites. */
export function EmbedCode({ src, title }: { src: string; title: string }) {
  const [status, setStatus] = useState("");
  const code = `<iframe src="${src}" title="${title.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}" width="100%" height="520" style="border:0" loading="lazy"></iframe>`;
  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setStatus("Embed code copied.");
    } catch {
      setStatus("Copying was not allowed by the browser; select the code and copy it instead.");
    }
  }
  return (
    <details className="text-sm">
      <summary className="cursor-pointer underline underline-offset-2">Embed</summary>
      <div className="mt-2 space-y-2 rounded border border-stone-200 bg-white p-3">
        <textarea
          readOnly
          value={code}
          rows={3}
          aria-label="Embed code"
          className="w-full rounded border border-stone-300 p-2 font-mono text-xs"
        />
        <p className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={copy}
            className="rounded border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100"
          >
            Copy embed code
          </button>
          <a href={`${src}/chart.svg`} className="underline">
            Chart as SVG
          </a>
          <span role="status" aria-live="polite" className="text-stone-600">
            {status}
          </span>
        </p>
      </div>
    </details>
  );
}
