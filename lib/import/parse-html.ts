import { parseHTML } from "linkedom";

/**
 * A DOM document for an HTML string. linkedom builds no implied `<body>` (a browser would), so a
 * page or fragment without one gets it here; otherwise readability would see an empty page.
 */
export function parseHtmlDocument(html: string): Document {
  const { document } = parseHTML(withBody(html));
  return document as unknown as Document;
}

function withBody(html: string): string {
  if (/<body[\s>]/i.test(html)) return html;
  if (/<\/head\s*>/i.test(html)) return html.replace(/<\/head\s*>/i, "$&<body>");
  if (/<html[\s>]/i.test(html)) return html.replace(/<html(\s[^>]*)?>/i, "$&<body>");
  return `<!DOCTYPE html><html><body>${html}</body></html>`;
}
