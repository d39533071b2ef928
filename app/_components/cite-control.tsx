"use client";

import { useEffect, useState } from "react";

interface StyleOption {
  name: string;
  title: string;
}

// Until the list of styles arrives, the bundled ones (the same names the API lists first).
const BUNDLED: StyleOption[] = [
  { name: "apa", title: "APA 7th edition" },
  { name: "harvard1", title: "Harvard (Cite Them Right 12th edition)" },
  { name: "vancouver", title: "Vancouver (NLM Citing Medicine)" },
];

const DOWNLOADS = [
  ["bibtex", "BibTeX"],
  ["ris", "RIS"],
  ["csl-json", "CSL-JSON"],
] as const;

/**
 * "Cite" for one claim: the quote with its citation and reference in a chosen style, ready to
 * copy; downloads in BibTeX, RIS and CSL-JSON; and "Copy link" to the passage in the reader.
 * Everything comes from the export API, so the page and a program get the same text.
 */
export function CiteControl({ claimId, passagePath }: { claimId: string; passagePath: string }) {
  const [open, setOpen] = useState(false);
  const [styles, setStyles] = useState<StyleOption[]>(BUNDLED);
  const [style, setStyle] = useState("apa");
  const [citation, setCitation] = useState<{ style: string; text: string } | null>(null);
  const [status, setStatus] = useState("");
  const exportUrl = (format: string, extra = "") =>
    `/api/v1/export?claim=${encodeURIComponent(claimId)}&format=${format}${extra}`;

  useEffect(() => {
    if (!open) return;
    let current = true;
    fetch("/api/v1/styles")
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { items?: StyleOption[] } | null) => {
        if (current && body?.items?.length) setStyles(body.items);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [open]);

  useEffect(() => {
    if (!open) return;
    let current = true;
    fetch(exportUrl("reference", `&style=${encodeURIComponent(style)}`))
      .then(async (response) => {
        const text = await response.text();
        if (!current) return;
        setCitation({ style, text: response.ok ? text.trim() : "" });
        if (!response.ok) setStatus(errorMessage(text));
      })
      .catch(() => current && setStatus("The citation could not be loaded. Try again."));
    return () => {
      current = false;
    };
    // exportUrl is rebuilt on every render from claimId, which the effect lists.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, style, claimId]);

  async function copy(text: string, done: string) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus("Copying was not allowed by the browser; select the text and copy it instead.");
    }
  }

  const ready = citation?.style === style ? citation.text : null;
  return (
    <details
      className="text-sm"
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary className="cursor-pointer font-medium text-stone-800 underline underline-offset-2">
        Cite
      </summary>
      <div className="mt-2 space-y-2 rounded border border-stone-200 bg-stone-50 p-3">
        {/* The style, the citation and the copy buttons work only with script, and only once the
            panel is open: rendered then, a page of many claims is not rendered with them all. */}
        {open ? (
          <>
            <label className="flex items-center gap-2">
              <span className="text-stone-600">Style</span>
              <select
                value={style}
                onChange={(event) => setStyle(event.target.value)}
                className="rounded border border-stone-300 bg-white px-2 py-1"
              >
                {styles.map((option) => (
                  <option key={option.name} value={option.name}>
                    {option.title}
                  </option>
                ))}
              </select>
            </label>
            <p
              data-testid="citation-text"
              className="font-serif whitespace-pre-wrap text-stone-900"
              aria-busy={ready === null}
            >
              {ready ?? "…"}
            </p>
          </>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          {open ? (
            <>
              <button
                type="button"
                disabled={!ready}
                onClick={() => ready && copy(ready, "Citation copied.")}
                className="rounded border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100 disabled:opacity-50"
              >
                Copy citation
              </button>
              <button
                type="button"
                onClick={() =>
                  copy(new URL(passagePath, window.location.href).href, "Link copied.")
                }
                className="rounded border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100"
              >
                Copy link
              </button>
            </>
          ) : null}
          {DOWNLOADS.map(([format, label]) => (
            <a key={format} href={exportUrl(format)} download className="underline">
              {label}
            </a>
          ))}
        </div>
        <p role="status" aria-live="polite" className="text-stone-600">
          {status}
        </p>
      </div>
    </details>
  );
}

function errorMessage(body: string): string {
  try {
    return (JSON.parse(body) as { error?: { message?: string } }).error?.message ?? "No citation.";
  } catch {
    return "The citation could not be made.";
  }
}
