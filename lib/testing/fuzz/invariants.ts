/** The part of an answer the invariants look at. */
export interface Observed {
  method: string;
  path: string;
  status: number;
  contentType: string;
  allow: string | null;
  text: string;
}

/**
 * What is wrong with one answer, or null: a 5xx (other than the documented 501 for a method no
 * route serves), an API error without the documented `{ error: { code, message, fields? } }`
 * body, a 405 without Allow, a success whose body is not JSON, a 204 with a body.
 */
export function answerProblem(answer: Observed): string | null {
  const { status, method, text } = answer;
  const isApi = answer.path === "/api" || answer.path.startsWith("/api/");
  if (status >= 500 && !isDocumented501(answer)) return `answered ${status}`;
  if (status === 405 && !answer.allow) return "405 without an Allow header";
  if (status === 204 && text !== "") return "204 with a body";
  if (method === "HEAD" || status === 204 || status === 304) return null;
  if (!isApi) return null;
  if (!/^application\/json\b/.test(answer.contentType))
    return `${status} sent as ${answer.contentType || "no content type"}, not JSON`;
  const body = parse(text);
  if (body === undefined) return `${status} body is not JSON: ${text.slice(0, 80)}`;
  if (status < 400) return null;
  return errorShapeProblem(body);
}

/** Whether a parsed body is the documented error shape; the reason when it is not. */
export function errorShapeProblem(body: unknown): string | null {
  if (!isRecord(body) || !isRecord(body.error)) return "error body without an error object";
  const { code, message, fields } = body.error;
  if (typeof code !== "string" || code === "") return "error without a code";
  if (typeof message !== "string" || message === "") return "error without a message";
  if (fields === undefined) return null;
  if (!isRecord(fields)) return "error fields are not an object";
  const bad = Object.entries(fields).find(
    ([, list]) => !Array.isArray(list) || list.some((item) => typeof item !== "string"),
  );
  return bad ? `error field ${bad[0]} is not a list of messages` : null;
}

function isDocumented501(answer: Observed): boolean {
  if (answer.status !== 501) return false;
  const body = parse(answer.text);
  if (isRecord(body) && isRecord(body.error)) return body.error.code === "method_not_implemented";
  // Outside the API the refusal is a short page; its status is the documented one.
  return !answer.path.startsWith("/api");
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
