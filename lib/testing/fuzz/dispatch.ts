import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { configuredHostPolicy } from "@/lib/http/allowed-hosts";
import { unknownMethodRefusal } from "@/lib/http/method-policy";
import { refusalFormat, refusalResponse } from "@/lib/http/refusal";
import { headerRefusal } from "@/lib/http/request-guard";
import { pathKind } from "@/lib/http/security-headers";

type Handler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;

/** A request as it reaches the app: already resolved, with its body as bytes or text. */
export interface SentRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string | Uint8Array<ArrayBuffer> | undefined;
  params: Record<string, string | string[]>;
}

/** What came back: status, headers and the body as text. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/** The address every in-process request is sent to, as if from a browser on this machine. */
export const APP_ORIGIN = "http://127.0.0.1:3000";

/**
 * Sends a request through what stands in front of a route handler in the running app — the own
 * server's method check and API checks (scripts/serve.ts), or proxy.ts for any other path — and
 * then to the route module as Next
 * dispatches it: HEAD falls back to GET, OPTIONS answers with Allow, a method the module does not
 * export is Next's bodiless 405.
 */
export async function dispatch(route: Record<string, unknown>, sent: SentRequest): Promise<Answer> {
  const url = new URL(sent.path, APP_ORIGIN);
  for (const [key, value] of Object.entries(sent.query)) url.searchParams.set(key, value);
  const headers = new Headers({ host: "127.0.0.1:3000", ...sent.headers });
  const methodRefusal = unknownMethodRefusal(sent.method);
  if (methodRefusal)
    return read(refusalResponse(methodRefusal, refusalFormat(url.pathname, headers)));

  const hasBody = sent.method !== "GET" && sent.method !== "HEAD";
  const init = () => ({
    method: sent.method,
    headers,
    body: hasBody ? (sent.body ?? null) : null,
    duplex: "half" as const,
  });
  if (pathKind(url.pathname) === "api") {
    const refusal = headerRefusal(sent.method, url.pathname, headers, configuredHostPolicy());
    if (refusal) return read(refusalResponse(refusal, "json"));
  } else {
    const passed = await proxy(new NextRequest(url, init()));
    if (passed.headers.get("x-middleware-next") !== "1") return read(passed);
  }

  const handler = (route[sent.method] ?? (sent.method === "HEAD" ? route.GET : undefined)) as
    Handler | undefined;
  if (!handler) {
    const served = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"].filter(
      (m) => m in route || (m === "HEAD" && "GET" in route) || m === "OPTIONS",
    );
    const status = sent.method === "OPTIONS" ? 204 : 405;
    return { status, headers: new Headers({ allow: served.join(", ") }), text: "" };
  }
  const response = await handler(new Request(url, init()), {
    params: Promise.resolve(sent.params),
  });
  const answer = await read(response);
  return sent.method === "HEAD" ? { ...answer, text: "" } : answer;
}

async function read(response: Response): Promise<Answer> {
  return { status: response.status, headers: response.headers, text: await response.text() };
}
