import { replyProblem, textReplyProblem } from "./action-reply";
import { MAX_ACTION_BODY_BYTES } from "./action-size";
import type { Refusal } from "./refusal";

const MULTIPART = /^multipart\/form-data\b/i;

/**
 * True for a POST that Next.js would treat as a server action: one called from a page's script
 * (Next-Action header) or a form posted without script (multipart, to a page).
 */
export function mayBeServerAction(method: string, path: string, headers: Headers): boolean {
  if (method !== "POST" || path === "/api" || path.startsWith("/api/")) return false;
  return headers.has("next-action") || MULTIPART.test(headers.get("content-type") ?? "");
}

/**
 * Refuses a server action request that Next.js would answer with a 500: a body over the limit
 * (413, also when sent in chunks), a multipart body that does not parse, or arguments that are
 * not in the format the page sends (400). Null when the request may go on. Reads a copy of the
 * body; Next.js still receives the original.
 */
export async function checkActionRequest(
  request: Request,
  limit = MAX_ACTION_BODY_BYTES,
): Promise<Refusal | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return tooLarge(limit);
  const body = await readLimited(request, limit);
  if (body === null) return tooLarge(limit);
  const type = request.headers.get("content-type") ?? "";
  const fetchAction = request.headers.has("next-action");
  if (!MULTIPART.test(type)) {
    const problem = textReplyProblem(new TextDecoder().decode(body));
    return problem ? unreadable(problem) : null;
  }
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": type } }).formData();
  } catch {
    return unreadable("its form data is cut off or malformed");
  }
  const problem = fetchAction ? replyProblem(partsOf(form, "")) : boundActionProblem(form);
  return problem ? unreadable(problem) : null;
}

// A form posted without script names its action in a field; a bound one ($ACTION_REF_n) carries
// the action's id and bound arguments as a reply under the prefix "$ACTION_n:".
function boundActionProblem(form: FormData): string | null {
  for (const key of form.keys()) {
    const ref = /^\$ACTION_REF_(.*)$/.exec(key);
    if (!ref) continue;
    const problem = replyProblem(partsOf(form, `$ACTION_${ref[1]}:`), { rootIsList: false });
    if (problem) return problem;
  }
  return null;
}

function partsOf(form: FormData, prefix: string): Map<string, string | Blob> {
  const parts = new Map<string, string | Blob>();
  for (const [key, value] of form) {
    if (key.startsWith(prefix)) parts.set(key.slice(prefix.length), value);
  }
  return parts;
}

// Counting while reading also catches a body sent in chunks with no Content-Length.
async function readLimited(
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

function tooLarge(limit: number): Refusal {
  const mb = Math.round(limit / 1024 / 1024);
  return {
    status: 413,
    code: "body_too_large",
    message: `What you sent is larger than ${mb} MB, the most this app accepts at once; nothing was saved. A source's text may be at most 5 MB.`,
  };
}

function unreadable(problem: string): Refusal {
  return {
    status: 400,
    code: "malformed_action",
    message: `This request could not be read (${problem}); nothing was saved. Reload the page and try again.`,
  };
}
