import type { Metadata } from "next";
import { requirePagePermission } from "@/app/_auth/require-permission";
import { createSourceAction } from "../actions";
import { SourceForm } from "../source-form";

export const metadata: Metadata = { title: "Add a source" };

export default async function NewSourcePage() {
  await requirePagePermission("write", "/sources/new");
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Add a source</h1>
        <p className="text-stone-600">
          Only the title and the text are needed; add whatever else the document reveals about
          itself.
        </p>
      </div>
      <SourceForm action={createSourceAction} withText submitLabel="Add source" />
    </div>
  );
}
