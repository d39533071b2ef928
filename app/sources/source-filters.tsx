import { SOURCE_KIND_LABELS, SOURCE_KINDS, type SourceKind } from "@/lib/sources/source-kinds";

interface Props {
  q?: string;
  kind?: SourceKind;
  language?: string;
}

/** Narrows the sources list by words (title, publisher, text), kind and language: a GET form. */
export function SourceFilters({ q, kind, language }: Props) {
  return (
    <form
      action="/sources"
      method="get"
      aria-label="Filter sources"
      className="flex flex-wrap items-end gap-3 rounded border border-stone-200 bg-white p-3 text-sm"
    >
      <div className="flex min-w-48 flex-1 flex-col gap-1">
        <label htmlFor="sources-q">Words</label>
        <input
          id="sources-q"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={200}
          className="rounded border border-stone-300 px-2 py-1.5"
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="sources-kind">Kind</label>
        <select
          id="sources-kind"
          name="kind"
          defaultValue={kind ?? ""}
          className="rounded border border-stone-300 px-2 py-1.5"
        >
          <option value="">Any</option>
          {SOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {SOURCE_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex w-24 flex-col gap-1">
        <label htmlFor="sources-language">Language</label>
        <input
          id="sources-language"
          name="language"
          defaultValue={language}
          placeholder="en"
          maxLength={20}
          className="rounded border border-stone-300 px-2 py-1.5"
        />
      </div>
      <button type="submit" className="rounded bg-stone-900 px-4 py-1.5 text-white">
        Filter
      </button>
    </form>
  );
}
