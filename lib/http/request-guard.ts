import { checkActionRequest, mayBeServerAction } from "./action-request";
import { hostNameOf, isHostAllowed, type HostPolicy } from "./allowed-hosts";
import type { Refusal } from "./refusal";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The part of a request's headers the checks read: a Headers object, or Node's headers. */
export interface HeaderReader {
  get(name: string): string | null;
}

/**
 * The first reason to refuse a request before the app runs, or null: a Host this app does not
 * answer to (421, against DNS rebinding), an address with a broken %-escape (400), a write sent
 * from another site's page (403), or a server action request that Next.js could not read (4xx).
 */
export async function refusalFor(request: Request, hosts: HostPolicy): Promise<Refusal | null> {
  const { method, headers } = request;
  const path = new URL(request.url).pathname;
  const refusal = headerRefusal(method, path, headers, hosts);
  if (refusal) return refusal;
  return mayBeServerAction(method, path, headers) ? checkActionRequest(request) : null;
}

/**
 * The reasons to refuse that the method, path and headers alone give (all of refusalFor's but
 * the server action's body), or null. All that a request to the JSON API is checked for.
 */
export function headerRefusal(
  method: string,
  path: string,
  headers: HeaderReader,
  hosts: HostPolicy,
): Refusal | null {
  const host = headers.get("host");
  if (!isHostAllowed(host, hosts)) return wrongHost(host);
  if (!isDecodable(path)) {
    return {
      status: 400,
      code: "bad_address",
      message: "This address is not valid: it has a broken %-escape.",
    };
  }
  if (UNSAFE_METHODS.has(method) && isCrossOrigin(headers)) {
    return {
      status: 403,
      code: "cross_origin",
      message:
        "This request came from another site's page, so it was refused and nothing was saved. Open Crosscheck itself and try again there.",
    };
  }
  return null;
}

/**
 * True when the Origin header names a site other than the one addressed. Browsers send Origin
 * with every POST, PUT, PATCH and DELETE; "null" comes from sandboxed or privacy-hidden pages.
 * Compared as Next.js compares for server actions (with Host or X-Forwarded-Host, exactly), so
 * that what passes here passes there too.
 */
export function isCrossOrigin(headers: HeaderReader): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return originHost !== headers.get("host") && originHost !== forwarded;
}

function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function wrongHost(header: string | null): Refusal {
  const name = hostNameOf(header);
  return {
    status: 421,
    code: "unknown_host",
    message: name
      ? `This server does not answer to the name ${name}. If Crosscheck should be reached under this name, add it to CROSSCHECK_ALLOWED_HOSTS (or set CROSSCHECK_PUBLIC_URL).`
      : "This request does not name a host this server answers to.",
  };
}
