import { jsonLdScriptContent } from "@/lib/exports/schema-org";
import { cspNonce } from "./request-origin";

/**
 * Structured data for search engines and fact-check aggregators. A JSON-LD script is a data
 * block that browsers never run, so the CSP's script-src does not apply; it carries the nonce
 * anyway, so a stricter policy later cannot hide it. Its text cannot close the element
 * (jsonLdScriptContent escapes "<").
 */
export async function JsonLdScript({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      nonce={await cspNonce()}
      dangerouslySetInnerHTML={{ __html: jsonLdScriptContent(data) }}
    />
  );
}
