import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicationDateText } from "@/app/_components/publication-date-text";
import { getSource } from "@/lib/sources/source-data";
import { SOURCE_KIND_LABELS } from "@/lib/sources/source-kinds";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await getSource((await params).id);
  return { title: source?.title ?? "Source not found" };
}

export default async function SourcePage({ params }: Props) {
  const source = await getSource((await params).id);
  if (!source) notFound();

  return (
    <article className="space-y-6">
      <header className="space-y-3 border-b border-stone-200 pb-5">
        <p className="text-sm font-medium tracking-wide text-amber-700 uppercase">
          {SOURCE_KIND_LABELS[source.kind]}
        </p>
        <h1 className="font-serif text-3xl leading-tight font-semibold">{source.title}</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-stone-700">
          <dt className="text-stone-500">Publisher</dt>
          <dd>{source.publisher ?? <span className="text-stone-500">unknown</span>}</dd>
          <dt className="text-stone-500">Published</dt>
          <dd>
            <PublicationDateText value={source.published} />
          </dd>
          {source.authors.length > 0 ? (
            <>
              <dt className="text-stone-500">
                {source.authors.length === 1 ? "Author" : "Authors"}
              </dt>
              <dd>{source.authors.join("; ")}</dd>
            </>
          ) : null}
          {source.language ? (
            <>
              <dt className="text-stone-500">Language</dt>
              <dd>{source.language}</dd>
            </>
          ) : null}
          {source.url ? (
            <>
              <dt className="text-stone-500">Address</dt>
              <dd className="break-all">
                <a href={source.url} className="underline" rel="noreferrer noopener">
                  {source.url}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
        <div className="flex gap-3 text-sm">
          <Link
            href={`/sources/${source.id}/edit`}
            className="rounded border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-100"
          >
            Edit details
          </Link>
          <Link
            href={`/sources/${source.id}/delete`}
            className="rounded border border-red-200 bg-white px-3 py-1.5 text-red-800 hover:bg-red-50"
          >
            Delete…
          </Link>
        </div>
      </header>
      <div className="max-w-prose font-serif text-lg leading-relaxed whitespace-pre-wrap text-stone-900">
        {source.text}
      </div>
    </article>
  );
}
