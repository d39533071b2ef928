import type { Metadata } from "next";
import Link from "next/link";
import { search } from "@/lib/search/search-data";
import { SEARCH_KINDS, SearchParamsSchema, type SearchKind } from "@/lib/search/search-schema";
import { SearchResultList } from "./search-result-list";

export const metadata: Metadata = { title: "Search" };

/** Results of one kind per page when that kind is chosen. */
const KIND_PAGE = 20;

const KIND_LABELS: Record<SearchKind, string> = {
  sources: "Sources",
  passages: "Passages of claims",
  questions: "Questions",
  subjects: "Subjects",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q : "";
  const parsed = SearchParamsSchema.safeParse({
    q,
    kind: params.kind,
    cursor: params.cursor,
    limit: params.kind ? KIND_PAGE : undefined,
  });
  const results = parsed.success ? await search(parsed.data) : null;
  const kind = parsed.success ? parsed.data.kind : undefined;
  const href = (extra: Record<string, string>) => `/search?${new URLSearchParams({ q, ...extra })}`;
  const groups = kind ? [kind] : SEARCH_KINDS;
  const empty = results && groups.every((k) => (results[k]?.items.length ?? 0) === 0);

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight">Search</h1>
        <form action="/search" method="get" role="search" className="flex flex-wrap gap-2">
          <label htmlFor="search-page-q" className="sr-only">
            Words to search for
          </label>
          <input
            id="search-page-q"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={200}
            className="min-w-0 flex-1 rounded border border-stone-300 bg-white px-3 py-2"
          />
          {kind ? <input type="hidden" name="kind" value={kind} /> : null}
          <button type="submit" className="rounded bg-stone-900 px-4 py-2 text-white">
            Search
          </button>
        </form>
        <p className="text-sm text-stone-600">
          Accents and capitals do not matter; a word close to a name also finds it. Put words in
          quotes for a phrase, a minus before a word to leave it out, and “or” between alternatives.
        </p>
        {q ? (
          <nav aria-label="Kinds of result" className="flex flex-wrap gap-1 text-sm">
            <KindLink href={href({})} current={!kind}>
              All
            </KindLink>
            {SEARCH_KINDS.map((k) => (
              <KindLink key={k} href={href({ kind: k })} current={kind === k}>
                {KIND_LABELS[k]}
              </KindLink>
            ))}
          </nav>
        ) : null}
      </div>

      {!q ? null : !parsed.success ? (
        <p role="alert" className="text-red-800">
          {parsed.error.issues.map((issue) => issue.message).join("; ")}
        </p>
      ) : !results?.query || empty ? (
        <p role="status" className="rounded border border-dashed border-stone-300 p-6">
          Nothing found for “{q}”.
        </p>
      ) : (
        groups.map((k) => {
          const group = results[k];
          if (!group || group.items.length === 0) return null;
          return (
            <section key={k} aria-labelledby={`results-${k}`} className="space-y-2">
              <h2 id={`results-${k}`} className="text-lg font-semibold">
                {KIND_LABELS[k]}
              </h2>
              <SearchResultList kind={k} results={results} />
              {group.nextCursor ? (
                <Link
                  href={href(kind ? { kind, cursor: group.nextCursor } : { kind: k })}
                  className="inline-block text-sm underline"
                >
                  {kind ? "Next page →" : `More ${KIND_LABELS[k].toLowerCase()} →`}
                </Link>
              ) : null}
            </section>
          );
        })
      )}
    </div>
  );
}

function KindLink({
  href,
  current,
  children,
}: {
  href: string;
  current: boolean;
  children: string;
}) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`rounded px-3 py-1.5 ${current ? "bg-stone-900 text-white" : "text-stone-700 hover:bg-stone-100"}`}
    >
      {children}
    </Link>
  );
}
