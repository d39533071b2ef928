import type { Metadata } from "next";
import Link from "next/link";
import { loadForPage } from "@/app/_auth/lag-tolerant";
import { search } from "@/lib/search/search-data";
import { getSubjectName } from "@/lib/subjects/subject-data";
import { SEARCH_KINDS, SearchParamsSchema, type SearchKind } from "@/lib/search/search-schema";
import { SearchResultList } from "./search-result-list";

export const metadata: Metadata = { title: "Search" };

/** Results of one kind per page when that kind is chosen. */
const KIND_PAGE = 20;

const KIND_LABELS: Record<SearchKind, string> = {
  sources: "Sources",
  passages: "Passages of claims",
  claims: "Claims",
  questions: "Questions",
  subjects: "Subjects",
  origins: "Origins",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q : "";
  // The filters as typed, kept in the form and in every link of the page.
  const typed = Object.fromEntries(
    FILTERS.flatMap((name) => {
      const value = params[name];
      return typeof value === "string" && value.trim() ? [[name, value.trim()]] : [];
    }),
  ) as Partial<Record<(typeof FILTERS)[number], string>>;
  const parsed = SearchParamsSchema.safeParse({
    q,
    kind: params.kind,
    cursor: params.cursor,
    limit: params.kind ? KIND_PAGE : undefined,
    ...typed,
  });
  const [results, subject] = await loadForPage(() =>
    Promise.all([
      parsed.success ? search(parsed.data) : null,
      typed.subject ? getSubjectName(typed.subject) : null,
    ]),
  );
  const kind = parsed.success ? parsed.data.kind : undefined;
  const href = (extra: Record<string, string>) =>
    `/search?${new URLSearchParams({ q, ...typed, ...extra })}`;
  const { subject: _subject, ...otherFilters } = typed;
  const withoutSubject = `/search?${new URLSearchParams({ q, ...otherFilters, ...(kind ? { kind } : {}) })}`;
  const groups = (kind ? [kind] : SEARCH_KINDS).filter((k) => results?.[k] !== undefined);
  const empty = results && groups.every((k) => (results[k]?.items.length ?? 0) === 0);
  const narrowed = Boolean(typed.language || typed.from || typed.to);

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
          {typed.subject ? <input type="hidden" name="subject" value={typed.subject} /> : null}
          <button type="submit" className="rounded bg-stone-900 px-4 py-2 text-white">
            Search
          </button>
          <fieldset className="flex w-full flex-wrap items-end gap-3 text-sm">
            <legend className="sr-only">Filters</legend>
            {typed.subject ? (
              <p className="flex items-center gap-2 self-center rounded bg-stone-100 px-3 py-1.5">
                In the subject{" "}
                <strong className="font-medium">{subject?.name ?? "(no such subject)"}</strong>
                <Link href={withoutSubject} className="underline">
                  Any subject
                </Link>
              </p>
            ) : null}
            <FilterField
              name="language"
              label="Language"
              value={typed.language}
              hint="en, ru, hy"
            />
            <FilterField name="from" label="Published from" value={typed.from} hint="e.g. 1988" />
            <FilterField name="to" label="Published until" value={typed.to} hint="e.g. 1990-06" />
          </fieldset>
        </form>
        <p className="text-sm text-stone-600">
          Accents and capitals do not matter; a word close to a name also finds it. Put words in
          quotes for a phrase, a minus before a word to leave it out, and “or” between alternatives.
          Language and publication dates (a year, 1988-02 or 1988-02-28) are the sources&rsquo;: a
          passage or a claim goes by its source, a question by any source that speaks to it, an
          origin by any that relays it.
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
          {parsed.error.issues
            .map((issue) => {
              // The API names the field beside its message; the page names the form's label.
              const field = FIELD_LABELS[String(issue.path[0])];
              return field ? `${field}: ${issue.message}` : issue.message;
            })
            .join("; ")}
        </p>
      ) : !results?.query || empty ? (
        <p role="status" className="rounded border border-dashed border-stone-300 p-6">
          Nothing found for “{q}”{typed.subject || narrowed ? " with these filters" : ""}.
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
      {q && parsed.success && narrowed && (!kind || kind === "subjects") ? (
        <p className="text-sm text-stone-600">
          Subjects have no language or publication date, so none are listed with those filters.
        </p>
      ) : null}
    </div>
  );
}

/** The form's labels of the fields whose messages do not name them. */
const FIELD_LABELS: Record<string, string> = {
  language: "Language",
  from: "Published from",
  to: "Published until",
  subject: "Subject",
};

/** The filters of the page's address, beside q, kind and cursor. */
const FILTERS = ["subject", "language", "from", "to"] as const;

function FilterField({
  name,
  label,
  value,
  hint,
}: {
  name: string;
  label: string;
  value: string | undefined;
  hint: string;
}) {
  return (
    <label className="flex flex-col gap-1 text-stone-700">
      {label}
      <input
        name={name}
        defaultValue={value}
        placeholder={hint}
        maxLength={40}
        className="w-36 rounded border border-stone-300 bg-white px-2 py-1"
      />
    </label>
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
