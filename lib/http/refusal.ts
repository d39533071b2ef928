/** A request refused before the app sees it: the status, a stable code and a sentence for people. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
}

/**
 * How a refusal is written: JSON for the API (its documented error shape), plain text for a
 * server action called from a page's script (Next's client shows a 4xx `text/plain` body as the
 * error's message), a short page for everything a browser shows.
 */
export type RefusalFormat = "json" | "text" | "html";

const TITLES: Record<number, string> = {
  400: "This request could not be read",
  403: "This request was refused",
  411: "This request has no length",
  413: "This is too large to send",
  421: "Wrong address",
  501: "Not supported",
};

/** The format a client expects: by path for the API, by the Next-Action header for actions. */
export function refusalFormat(path: string, headers: Headers): RefusalFormat {
  if (path.startsWith("/api/")) return "json";
  return headers.has("next-action") ? "text" : "html";
}

/** The response that tells the client why, in the form it can read. */
export function refusalResponse(refusal: Refusal, format: RefusalFormat, isForm = false): Response {
  const { status, code, message } = refusal;
  if (format === "json") {
    return new Response(JSON.stringify({ error: { code, message } }), {
      status,
      headers: { "content-type": "application/json" },
    });
  }
  if (format === "text") {
    // Exactly "text/plain": Next's client only passes the message on for that type.
    return new Response(message, { status, headers: { "content-type": "text/plain" } });
  }
  return new Response(refusalPage(status, message, isForm), {
    status,
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}

/** A short page in the app's words, for people whose browser sent something the app refuses. */
export function refusalPage(status: number, message: string, isForm: boolean): string {
  const title = TITLES[status] ?? "This request was refused";
  const back = isForm
    ? "<p>Use your browser’s Back button to return to the form; what you typed is usually still there.</p>"
    : "";
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>${escapeHtml(title)} · Crosscheck</title><body style="font-family:system-ui;margin:3rem;max-width:40rem"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>${back}<p><a href="/">Go to the start page</a></p></body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!,
  );
}
