import type { OriginalSummary } from "@/lib/sources/source-original-data";

/** The documents a source's texts were extracted from, each offered for download. */
export function SourceOriginals({
  sourceId,
  originals,
}: {
  sourceId: string;
  originals: OriginalSummary[];
}) {
  if (originals.length === 0) return null;
  return (
    <div className="text-sm text-stone-700">
      <h2 className="sr-only">Originals</h2>
      <ul className="space-y-1">
        {originals.map((original) => (
          <li key={original.id}>
            <a
              href={`/api/v1/sources/${sourceId}/originals/${original.id}`}
              download
              className="underline"
            >
              Download the original
            </a>{" "}
            ({original.contentType.split(";")[0]}, {original.size.toLocaleString("en")} bytes, text
            version {original.textVersion}) —{" "}
            {original.url ? `fetched from ${original.url}` : `uploaded as ${original.fileName}`} on{" "}
            <time dateTime={original.fetchedAt.toISOString()}>
              {original.fetchedAt.toISOString().slice(0, 16).replace("T", " ")} UTC
            </time>
            ; SHA-256 <code className="text-xs break-all">{original.sha256}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
