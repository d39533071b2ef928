import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/app/_auth/require-permission";
import { getSource } from "@/lib/sources/source-data";
import { correctTextAction } from "../../text-actions";
import { TextForm } from "./text-form";

export const metadata: Metadata = { title: "Edit text" };

type Props = { params: Promise<{ id: string }> };

export default async function EditTextPage({ params }: Props) {
  const { id } = await params;
  await requirePagePermission("write", `/sources/${id}/text`);
  const source = await getSource(id);
  if (!source) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/sources/${source.id}`} className="underline">
            ← {source.title}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">Edit text</h1>
        <p className="text-stone-600">
          Saving makes version {source.textVersion + 1} of the text; version {source.textVersion}{" "}
          stays readable under{" "}
          <Link href={`/sources/${source.id}/versions`} className="underline">
            Text versions
          </Link>
          . Claims keep the words they were recorded from.
        </p>
      </div>
      <TextForm
        action={correctTextAction.bind(null, source.id)}
        text={source.text}
        version={source.version}
      />
    </div>
  );
}
