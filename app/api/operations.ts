import type { SchemaNode } from "@/lib/openapi/describe-schema";
import type { OperationView } from "./endpoint-card";

interface DocumentShape {
  paths?: Record<string, Record<string, RawOperation>>;
  tags?: { name: string }[];
}

interface RawOperation {
  tags?: string[];
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; schema: SchemaNode }[];
  requestBody?: { content: Record<string, { schema: SchemaNode }> };
  responses?: Record<string, { description: string }>;
}

/** The document's operations grouped by tag, in the document's order, for the API page. */
export function operationsByTag(openApi: object): [tag: string, OperationView[]][] {
  // The document is plain JSON; its library type does not index paths by method.
  const document = openApi as DocumentShape;
  const groups = new Map<string, OperationView[]>(
    (document.tags ?? []).map((tag) => [tag.name, []]),
  );
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      const tag = op.tags?.[0] ?? "Other";
      if (!groups.has(tag)) groups.set(tag, []);
      groups.get(tag)!.push({
        method: method.toUpperCase(),
        path,
        summary: op.summary ?? "",
        description: op.description ?? "",
        parameters: op.parameters ?? [],
        body: op.requestBody?.content["application/json"]?.schema ?? null,
        responses: Object.entries(op.responses ?? {}).map(([status, r]) => [status, r.description]),
      });
    }
  }
  return [...groups];
}
