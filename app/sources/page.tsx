import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicationDateText } from "@/app/_components/publication-date-text";
import { loadForPage } from "@/app/_auth/lag-tolerant";
import { listSources } from "@/lib/sources/source-list-data";
import { SourceListQuerySchema } from "@/lib/sources/source-list-schema";
import { SOURCE_KIND_LABELS } from "@/lib/sources/source-kinds";
import { SourceFilters } from "./source-filters";

export const metadata: Metadata = { title: "Sources" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SourcesPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = SourceListQuerySchema.safeParse({
    page: params.page,
    cursor: params.cursor,
    q: params.q,
    kind: params.kind,
    language: params.language,
  });
  if (!query.success) notFound();
  const { q, kind, language } = query.data;
  const filtered = Boolean(q || kind || language);
  const page = await loadForPage(() => listSources(query.data));
  const deeper = page.page > 1 || typeof params.cursor === "string";
  if (page.items.length === 0 && deeper) notFound();
  const kept = Object.fromEntries(
    Object.entries({ q, kind, language }).filter((entry): entry is [string, string] => !!entry[1]),
  );

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Sources</h1>
          <p className="text-stone-600">
            {page.totalCapped ? `More than ${page.total.toLocaleString("en")}` : page.total}{" "}
            {page.total === 1 && !page.totalCapped ? "document" : "documents"}
            {filtered ? " found" : ""}, most recently published first (one without a date by the day
            it was added).
          </p>
        </div>
        <Link
          href="/sources/new"
          className="rounded bg-stone-900 px-4 py-2 text-white hover:bg-stone-700"
        >
          Add a source
        </Link>
      </div>
      {params.deleted ? (
        <p role="status" className="rounded border border-stone-300 bg-white px-4 py-2 text-sm">
          The source was deleted.
        </p>
      ) : null}

      <SourceFilters q={q} kind={kind} language={language} />

      {page.items.length === 0 && filtered ? (
        <p
          role="status"
          className="rounded border border-dashed border-stone-300 p-6 text-stone-600"
        >
          No source matches.{" "}
          <Link href="/sources" className="underline">
            Show all sources
          </Link>
          .
        </p>
      ) : page.items.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
          The library is empty.{" "}
          <Link href="/sources/new" className="underline">
            Add the first source
          </Link>
          .
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {page.items.map((source) => (
            <li key={source.id} className="p-4">
              <Link
                href={`/sources/${source.id}`}
                className="font-medium text-stone-900 underline-offset-2 hover:underline"
              >
                {source.title}
              </Link>
              <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-stone-600">
                <span>
                  {source.publisher ?? <span className="text-stone-500">publisher unknown</span>}
                </span>
                <span aria-hidden>·</span>
                <PublicationDateText value={source.published} />
                <span aria-hidden>·</span>
                <span>{SOURCE_KIND_LABELS[source.kind]}</span>
                <span aria-hidden>·</span>
                <span>
                  {source.claimCount} {source.claimCount === 1 ? "claim" : "claims"}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
      {/* Older pages follow the cursor, which starts where this page ended, so a page deep in a
          large library costs what the first does (an old ?page= link still opens its page). */}
      {deeper || page.nextCursor ? (
        <nav aria-label="Pages" className="flex items-center justify-between gap-4 text-sm">
          {deeper ? (
            <Link href={listHref(kept)} className="underline">
              ← Newest
            </Link>
          ) : (
            <span />
          )}
          {page.nextCursor ? (
            <Link
              href={listHref({ ...kept, cursor: page.nextCursor })}
              rel="next"
              className="underline"
            >
              Older →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

function listHref(query: Record<string, string>): string {
  const search = new URLSearchParams(query).toString();
  return search ? `/sources?${search}` : "/sources";
}
