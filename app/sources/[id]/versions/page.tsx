import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSourceHeader } from "@/lib/sources/source-data";
import { listTextVersions } from "@/lib/sources/text-versions-data";

export const metadata: Metadata = { title: "Text versions" };

type Props = { params: Promise<{ id: string }> };

const REASONS: Record<string, string> = {
  created: "added",
  corrected: "corrected by an editor",
  reimported: "imported again from its address",
};

export default async function TextVersionsPage({ params }: Props) {
  const { id } = await params;
  const [source, versions] = await Promise.all([getSourceHeader(id), listTextVersions(id)]);
  if (!source || !versions) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/sources/${source.id}`} className="underline">
            ← {source.title}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">Text versions</h1>
      </div>
      <ol className="space-y-2">
        {versions.map((version) => (
          <li key={version.number} className="rounded border border-stone-200 bg-white p-3">
            <Link
              href={`/sources/${source.id}/versions/${version.number}`}
              className="font-medium underline"
            >
              Version {version.number}
            </Link>
            {version.number === source.textVersion ? " (current)" : ""} —{" "}
            {REASONS[version.reason] ?? version.reason} by {version.actorName},{" "}
            <time dateTime={version.createdAt.toISOString()}>
              {version.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
            </time>
            , {version.length.toLocaleString("en")} characters
          </li>
        ))}
      </ol>
    </div>
  );
}
