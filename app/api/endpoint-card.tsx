import { describeSchema, flatFields, type SchemaNode } from "@/lib/openapi/describe-schema";

/** An operation of the OpenAPI document, as far as this page reads it. */
export interface OperationView {
  method: string;
  path: string;
  summary: string;
  description: string;
  parameters: { name: string; in: string; required?: boolean; schema: SchemaNode }[];
  body: SchemaNode | null;
  responses: [status: string, description: string][];
}

const METHOD_COLOURS: Record<string, string> = {
  GET: "bg-sky-100 text-sky-900",
  POST: "bg-emerald-100 text-emerald-900",
  PATCH: "bg-amber-100 text-amber-900",
  DELETE: "bg-rose-100 text-rose-900",
};

/** One endpoint: what it does, who may call it, what it takes and what it answers. */
export function EndpointCard({ operation }: { operation: OperationView }) {
  const { method, path, summary, description, parameters, body, responses } = operation;
  const id = `${method}-${path}`.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return (
    <section id={id} className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <h3 className="flex flex-wrap items-baseline gap-2 font-mono text-sm">
        <span className={`rounded px-1.5 py-0.5 font-semibold ${METHOD_COLOURS[method] ?? ""}`}>
          {method}
        </span>
        <span className="break-all">{path}</span>
      </h3>
      <p className="text-stone-800">{summary}</p>
      <p className="text-sm text-stone-600">{description}</p>
      {parameters.length ? (
        <FieldTable
          caption="Parameters"
          rows={parameters.map((p) => [
            `${p.name} (${p.in})`,
            p.required ?? false,
            describeSchema(p.schema),
          ])}
        />
      ) : null}
      {body ? (
        <FieldTable
          caption="JSON body"
          rows={flatFields(body).map((f) => [f.name, f.required, describeSchema(f.schema)])}
        />
      ) : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {responses.map(([status, text]) => (
          <div key={status} className="contents">
            <dt className="font-mono text-stone-700">{status}</dt>
            <dd className="text-stone-600">{text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function FieldTable({
  caption,
  rows,
}: {
  caption: string;
  rows: [name: string, required: boolean, type: string][];
}) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="text-left font-medium text-stone-700">{caption}</caption>
      <tbody className="divide-y divide-stone-100">
        {rows.map(([name, required, type]) => (
          <tr key={name}>
            <td className="py-1 pr-3 align-top font-mono whitespace-nowrap">
              {name}
              {required ? <span className="text-rose-700"> *</span> : null}
            </td>
            <td className="py-1 text-stone-600">{type}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
