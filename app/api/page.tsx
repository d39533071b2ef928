import type { Metadata } from "next";
import { buildOpenApiDocument } from "@/lib/openapi/build-document";
import { ERROR_CODES } from "@/lib/openapi/error-codes";
import { ApiGuide } from "./api-guide";
import { EndpointCard } from "./endpoint-card";
import { operationsByTag } from "./operations";

export const metadata: Metadata = { title: "API" };

// The reference part of this page is read from the OpenAPI document itself, so the page, the
// document and the route handlers' schemas cannot disagree.
export default function ApiPage() {
  const groups = operationsByTag(buildOpenApiDocument());
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">The Crosscheck API</h1>
        <p className="text-stone-600">
          Everything the pages show, and every change an editor can make, is also a JSON endpoint
          under <code>/api/v1</code>. The machine-readable description is{" "}
          <a className="text-amber-800 underline" href="/api/v1/openapi.json">
            /api/v1/openapi.json
          </a>{" "}
          (OpenAPI 3.1), generated from the same schemas that check each request; the list below is
          read from it.
        </p>
        <nav aria-label="On this page" className="flex flex-wrap gap-3 text-sm">
          {["authentication", "errors", "versions", "pagination", ...groups.map(([t]) => t)].map(
            (name) => (
              <a
                key={name}
                href={`#${name.toLowerCase()}`}
                className="text-amber-800 underline-offset-2 hover:underline"
              >
                {name[0]!.toUpperCase() + name.slice(1)}
              </a>
            ),
          )}
        </nav>
      </div>
      <ApiGuide errorCodes={ERROR_CODES} />
      {groups.map(([tag, operations]) => (
        <section key={tag} id={tag.toLowerCase()} className="space-y-3">
          <h2 className="text-xl font-semibold tracking-tight">{tag}</h2>
          {operations.map((operation) => (
            <EndpointCard key={`${operation.method} ${operation.path}`} operation={operation} />
          ))}
        </section>
      ))}
    </div>
  );
}
