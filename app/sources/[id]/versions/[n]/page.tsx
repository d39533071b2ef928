import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSourceHeader } from "@/lib/sources/source-data";
import { getTextVersion } from "@/lib/sources/text-versions-data";
import { SourceText } from "../../source-text";

type Props = { params: Promise<{ id: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Text version ${(await params).n}` };
}

export default async function TextVersionPage({ params }: Props) {
  const { id, n } = await params;
  const source = await getSourceHeader(id);
  const version = source && /^\d{1,9}$/.test(n) ? await getTextVersion(id, Number(n)) : null;
  if (!source || !version) notFound();
  return (
    <article className="space-y-6">
      <header className="space-y-2 border-b border-stone-200 pb-4">
        <p className="text-sm">
          <Link href={`/sources/${source.id}/versions`} className="underline">
            ← Text versions of {source.title}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">
          Version {version.number}
          {version.number === source.textVersion ? " (current)" : ""}
        </h1>
        <p className="text-sm text-stone-600">
          Saved by {version.actorName} on{" "}
          <time dateTime={version.createdAt.toISOString()}>
            {version.createdAt.toISOString().slice(0, 10)}
          </time>
          . SHA-256 <code className="break-all">{version.textHash}</code>
        </p>
      </header>
      <SourceText text={version.text} passages={[]} />
    </article>
  );
}
