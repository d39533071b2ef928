import "server-only";
import { headers } from "next/headers";
import { publicOrigin } from "@/lib/http/public-origin";

/** The origin people reach the app at, for absolute links written into pages (embed codes, JSON-LD). */
export async function requestOrigin(): Promise<string> {
  const list = await headers();
  const host = list.get("host") ?? "localhost";
  return publicOrigin(`http://${host}/`, list, process.env.CROSSCHECK_PUBLIC_URL);
}

/** The nonce of this response's CSP (proxy.ts passes the policy on in the request's headers). */
export async function cspNonce(): Promise<string | undefined> {
  const policy = (await headers()).get("content-security-policy") ?? "";
  return /'nonce-([^']+)'/.exec(policy)?.[1];
}
