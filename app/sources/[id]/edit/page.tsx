import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSourceHeader } from "@/lib/sources/source-data";
import { requirePagePermission } from "@/app/_auth/require-permission";
import { updateSourceAction } from "../../actions";
import { SourceForm } from "../../source-form";

export const metadata: Metadata = { title: "Edit source details" };

type Props = { params: Promise<{ id: string }> };

export default async function EditSourcePage({ params }: Props) {
  const { id } = await params;
  await requirePagePermission("write", `/sources/${id}/edit`);
  const source = await getSourceHeader(id);
  if (!source) notFound();
  const initial = {
    title: source.title,
    publisher: source.publisher ?? "",
    authors: source.authors.join("\n"),
    url: source.url ?? "",
    published: source.published ?? "",
    kind: source.kind,
    language: source.language ?? "",
    accessed: source.accessed,
    archiveUrl: source.archiveUrl ?? "",
    version: String(source.version),
  };
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/sources/${source.id}`} className="underline">
            ← {source.title}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">Edit details</h1>
        <p className="text-stone-600">
          To correct the text itself, use{" "}
          <Link href={`/sources/${source.id}/text`} className="underline">
            Edit text
          </Link>
          : it makes a new version and moves every passage into it.
        </p>
      </div>
      <SourceForm
        action={updateSourceAction.bind(null, source.id)}
        initial={initial}
        withText={false}
        submitLabel="Save details"
      />
    </div>
  );
}
