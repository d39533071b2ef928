import type { ReactNode } from "react";
import type { ErrorCode } from "@/lib/openapi/error-codes";

/** The rules every endpoint shares: tokens, the error body, versions and pages. */
export function ApiGuide({ errorCodes }: { errorCodes: readonly ErrorCode[] }) {
  return (
    <>
      <Section id="authentication" title="Authentication">
        <p>
          Reading needs nothing, unless the instance is private (<code>CROSSCHECK_PRIVATE=1</code>
          ): then every request needs an account of any role. Writes need an API token of an editor;
          deleting and the trash an admin&apos;s. Make a token on your account page, or with{" "}
          <code>npm run token:create -- --email you@example.org</code>, and send it as:
        </p>
        <Code>{"Authorization: Bearer <token>"}</Code>
        <p>
          A token acts with its owner&apos;s role at the moment of the request; a revoked one stops
          working at once. No token, or a bad one, where one is needed: <code>401</code> with{" "}
          <code>WWW-Authenticate: Bearer</code>. A token whose role may not do this:{" "}
          <code>403</code>. Both with the error body below:
        </p>
        <Code>
          {`{ "error": { "code": "forbidden", "message": "An account with the role reader may not do this." } }`}
        </Code>
      </Section>
      <Section id="errors" title="Errors">
        <p>
          Every refusal has the same JSON body: a stable <code>code</code> to switch on, a{" "}
          <code>message</code> for people, and for input errors <code>fields</code> with the
          messages of each field. Some codes add details (<code>existing</code>,{" "}
          <code>occurrences</code>, <code>candidates</code>, <code>current</code>).
        </p>
        <Code>
          {`{ "error": { "code": "validation_failed", "message": "The input is not valid. title: a title is required",
             "fields": { "title": ["a title is required"] } } }`}
        </Code>
        <table className="w-full text-left text-sm">
          <thead className="text-stone-700">
            <tr>
              <th className="py-1 pr-3">status</th>
              <th className="py-1 pr-3">code</th>
              <th className="py-1">when</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100 bg-white">
            {errorCodes.map(({ code, status, meaning }) => (
              <tr key={code}>
                <td className="py-1 pr-3 font-mono">{status}</td>
                <td className="py-1 pr-3 font-mono">{code}</td>
                <td className="py-1 text-stone-600">{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="versions" title="Versions and conflicts">
        <p>
          Sources, questions and claims carry a <code>version</code>, bumped by every change and
          sent as the <code>ETag</code> header. A write names the version it was made on, in{" "}
          <code>If-Match</code> or as a <code>version</code> field of the body. If someone changed
          the record since, nothing is saved and the answer is <code>409 version_conflict</code>{" "}
          with both versions: read it again and reapply your change. A <code>PATCH</code> or a text{" "}
          <code>PUT</code> that names no version at all gets <code>428 version_required</code> with
          the current version; <code>If-Match: *</code> writes the named fields on whatever version
          is current.
        </p>
        <Code>
          {`PATCH /api/v1/claims/c1   If-Match: "3"
→ 409 { "error": { "code": "version_conflict", "yourVersion": 3, "currentVersion": 4, "current": { … } } }`}
        </Code>
        <p>
          Every change is kept: <code>GET …/:id/history</code> lists them, and{" "}
          <code>POST …/:id/revert</code> with <code>{`{ "version": 2 }`}</code> brings one back (as
          a new change). Deleting moves a record to the trash, from which an admin restores or
          purges it.
        </p>
      </Section>
      <Section id="pagination" title="Pagination">
        <p>
          The library pages by number: <code>?page=2&amp;pageSize=20</code> (at most 100), answering{" "}
          <code>{`{ items, total, page, pageSize }`}</code>. The question list pages by cursor,
          which stays right while questions change: <code>?limit=50</code>, then{" "}
          <code>?cursor=</code> the <code>nextCursor</code> of the previous answer, until it is{" "}
          <code>null</code>. History pages back with <code>?before=</code> the oldest version seen.
        </p>
      </Section>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} className="space-y-3 text-stone-800">
      <h2 className="text-xl font-semibold tracking-tight">{title}</h2>
      {children}
    </section>
  );
}

function Code({ children }: { children: string }) {
  return (
    <pre className="overflow-x-auto rounded bg-stone-900 p-3 text-sm text-stone-100">
      <code>{children}</code>
    </pre>
  );
}
