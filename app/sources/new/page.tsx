import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/app/_auth/require-permission";
import { createSourceAction } from "../actions";
import { SourceForm } from "../source-form";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Add a source" };

const CHOICES = [
  { from: "paste", label: "Paste text" },
  { from: "address", label: "From a web address" },
  { from: "file", label: "Upload a file" },
] as const;

type Props = { searchParams: Promise<{ from?: string }> };

export default async function NewSourcePage({ searchParams }: Props) {
  await requirePagePermission("write", "/sources/new");
  const requested = (await searchParams).from;
  const from = CHOICES.find((choice) => choice.from === requested)?.from ?? "paste";
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Add a source</h1>
        <p className="text-stone-600">
          Only the title and the text are needed; add whatever else the document reveals about
          itself.
        </p>
      </div>
      <nav aria-label="How to add the source" className="flex gap-1 border-b border-stone-300">
        {CHOICES.map((choice) => (
          <Link
            key={choice.from}
            href={`/sources/new?from=${choice.from}`}
            aria-current={choice.from === from ? "page" : undefined}
            className={`-mb-px rounded-t border px-4 py-2 text-sm ${
              choice.from === from
                ? "border-stone-300 border-b-stone-50 bg-stone-50 font-medium"
                : "border-transparent text-stone-700 underline-offset-2 hover:underline"
            }`}
          >
            {choice.label}
          </Link>
        ))}
      </nav>
      {from === "paste" ? (
        <SourceForm action={createSourceAction} withText submitLabel="Add source" />
      ) : (
        <ImportForm key={from} mode={from} />
      )}
    </div>
  );
}
