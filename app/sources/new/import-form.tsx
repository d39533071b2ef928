"use client";

import Link from "next/link";
import { useState, useTransition, type FormEvent } from "react";
import { callAction } from "@/app/_components/call-action";
import { Field, FormAlert, SubmitButton } from "@/app/_components/form-fields";
import { useGuardedActionState } from "@/app/_components/use-guarded-action-state";
import { IDLE } from "@/lib/forms/form-state";
import type { KeptRange } from "@/lib/sources/kept-ranges";
import type { ImportPreview } from "@/lib/sources/import-source-data";
import { previewImportAction, saveImportAction, type ImportFormState } from "../import-actions";
import { SourceMetadataFields } from "../source-metadata-fields";
import { KeptTextPreview } from "./kept-text-preview";

/**
 * Import from a web address or an uploaded file: read it on the server, check the text and
 * metadata, cut what is not the article, save. What was typed stays through every refusal.
 */
export function ImportForm({ mode }: { mode: "address" | "file" }) {
  const [address, setAddress] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [kept, setKept] = useState<KeptRange[]>([]);
  const [readError, setReadError] = useState<string | null>(null);
  const [reading, startReading] = useTransition();
  const { state: formState, submit, pending } = useGuardedActionState(saveImportAction, IDLE);
  const state = formState as ImportFormState;

  // The document changed since it was checked: show its new text to check again.
  const [seen, setSeen] = useState<ImportPreview | undefined>(undefined);
  if (state.preview && state.preview !== seen) {
    setSeen(state.preview);
    setPreview(state.preview);
    setKept([[0, state.preview.text.length]]);
  }

  function read(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData();
    data.set("from", mode);
    if (mode === "address") data.set("address", address.trim());
    else if (file) data.set("file", file);
    startReading(async () => {
      const outcome = await callAction(previewImportAction, data);
      const result = outcome.ok ? outcome.value : { ok: false as const, message: outcome.message };
      if (!result.ok) {
        setReadError(result.message);
        return;
      }
      setReadError(null);
      setPreview(result.preview);
      setKept([[0, result.preview.text.length]]);
    });
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!preview) return;
    const data = new FormData(event.currentTarget);
    data.set("from", mode);
    if (mode === "address") data.set("address", address.trim());
    else if (file) data.set("file", file);
    data.set("keep", JSON.stringify(kept));
    data.set("sha256", preview.original.sha256);
    submit(data);
  }

  const value = (name: string) => {
    if (state.status === "error" && state.values[name] !== undefined) return state.values[name]!;
    const suggested = preview?.fields[name];
    return Array.isArray(suggested) ? suggested.join("\n") : String(suggested ?? "");
  };

  return (
    <div className="space-y-8">
      <form onSubmit={read} noValidate className="space-y-4" aria-label="Read the document">
        {mode === "address" ? (
          <Field
            name="address"
            label="Web address of the article"
            required
            hint="The page is fetched by the server; its text and details are filled in below for you to check."
            errors={readError ? [readError] : undefined}
          >
            {(props) => (
              <input
                type="url"
                placeholder="https://"
                {...props}
                value={address}
                onChange={(event) => setAddress(event.target.value)}
              />
            )}
          </Field>
        ) : (
          <Field
            name="file"
            label="File"
            required
            hint="HTML, PDF, plain text, Markdown or Word (.docx)."
            errors={readError ? [readError] : undefined}
          >
            {(props) => (
              <input
                type="file"
                accept=".html,.htm,.xhtml,.pdf,.txt,.md,.markdown,.docx,text/html,application/pdf,text/plain,text/markdown"
                {...props}
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              />
            )}
          </Field>
        )}
        <button
          type="submit"
          disabled={reading}
          className="rounded bg-stone-900 px-4 py-2 font-medium text-white hover:bg-stone-700 disabled:cursor-wait disabled:opacity-60"
        >
          {reading ? "Reading…" : mode === "address" ? "Fetch the page" : "Read the file"}
        </button>
      </form>

      {preview ? (
        <form
          key={preview.original.sha256}
          onSubmit={save}
          noValidate
          className="space-y-5 border-t border-stone-200 pt-6"
          aria-label="Check and save"
        >
          {state.status === "error" && state.message ? (
            <FormAlert>
              {state.message}
              {state.duplicateOf ? (
                <>
                  {" "}
                  It is{" "}
                  <Link href={`/sources/${state.duplicateOf.id}`} className="font-medium underline">
                    {state.duplicateOf.title}
                  </Link>
                  .
                </>
              ) : null}
            </FormAlert>
          ) : null}
          <p className="text-sm text-stone-600">
            Read {preview.original.fileName ?? preview.original.url}:{" "}
            {preview.original.contentType.split(";")[0]},{" "}
            {preview.original.size.toLocaleString("en")} bytes
            {preview.pageStarts.length > 0 ? `, ${preview.pageStarts.length} pages` : ""}. The
            original is kept with the source.
          </p>
          <SourceMetadataFields value={value} errors={state.fields} />
          <KeptTextPreview text={preview.text} kept={kept} onChange={setKept} />
          <SubmitButton pending={pending}>Add source</SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
