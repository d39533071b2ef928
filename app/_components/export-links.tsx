const FORMATS = [
  ["csv", "CSV"],
  ["csv&bom=1", "CSV for Excel"],
  ["markdown", "Markdown table"],
  ["html", "HTML table"],
  ["bibtex", "BibTeX"],
  ["ris", "RIS"],
  ["csl-json", "CSL-JSON"],
  ["web-annotation", "Web Annotations"],
] as const;

/** The "Export" menu of a question, subject or source: its claims in every export format. */
export function ExportLinks({
  scope,
  id,
}: {
  scope: "question" | "subject" | "source";
  id: string;
}) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer underline underline-offset-2">Export</summary>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 rounded border border-stone-200 bg-white p-3">
        {FORMATS.map(([format, label]) => (
          <li key={format}>
            <a
              href={`/api/v1/export?${scope}=${encodeURIComponent(id)}&format=${format}`}
              className="underline"
              download
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
