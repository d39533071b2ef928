import type { Metadata } from "next";
import { currentActor } from "@/app/_auth/current-actor";
import { allows } from "@/lib/auth/permissions";
import { listStyles } from "@/lib/citations/style-data";
import { uploadStyleAction } from "./actions";
import { StyleUploadForm } from "./style-upload-form";

export const metadata: Metadata = { title: "Citation styles" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The citation styles claims can be cited in, and for editors, the upload of another. */
export default async function StylesPage({ searchParams }: Props) {
  const { added } = await searchParams;
  const [styles, actor] = await Promise.all([listStyles(), currentActor()]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Citation styles</h1>
        <p className="max-w-2xl text-stone-700">
          Every claim can be cited in these styles (its “Cite” button, or{" "}
          <code>/api/v1/export?claim=…&amp;format=reference&amp;style=name</code>).
        </p>
      </header>
      {typeof added === "string" ? (
        <p role="status" className="rounded border border-stone-300 bg-white px-4 py-2 text-sm">
          The style “{added}” was added.
        </p>
      ) : null}
      <table className="text-sm">
        <thead>
          <tr className="text-left text-stone-600">
            <th scope="col" className="pr-6 pb-1 font-medium">
              Style
            </th>
            <th scope="col" className="pr-6 pb-1 font-medium">
              Name
            </th>
            <th scope="col" className="pb-1 font-medium">
              From
            </th>
          </tr>
        </thead>
        <tbody>
          {styles.map((style) => (
            <tr key={style.name} className="border-t border-stone-200">
              <td className="py-1 pr-6">{style.title}</td>
              <td className="py-1 pr-6 font-mono">{style.name}</td>
              <td className="py-1">{style.uploaded ? "uploaded" : "bundled"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {allows(actor?.role ?? null, "write") ? (
        <section aria-labelledby="upload" className="space-y-3 border-t border-stone-200 pt-6">
          <h2 id="upload" className="text-xl font-semibold">
            Add a style
          </h2>
          <p className="max-w-2xl text-stone-700">
            The file is checked and tried on sample references before it is stored; a file that is
            not a usable CSL 1.0 style is refused with the reason.
          </p>
          <StyleUploadForm action={uploadStyleAction} />
        </section>
      ) : null}
    </div>
  );
}
