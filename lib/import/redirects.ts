import { ImportRefusal } from "./import-refusal";

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Whether a status sends the client elsewhere (with a Location). */
export function isRedirect(status: number | undefined): boolean {
  return REDIRECTS.has(status ?? 0);
}

/**
 * Where a redirect leads, as an absolute address without its fragment; refuses a redirect with
 * no usable Location, one back to an address already visited (a loop), and one past the limit.
 */
export function redirectTarget(
  from: URL,
  location: string | undefined,
  visited: Set<string>,
  redirects: string[],
  maxRedirects: number,
): string {
  let target: URL;
  try {
    target = new URL(location ?? "", from);
    if (!location) throw new Error("no Location");
  } catch {
    throw new ImportRefusal("bad_redirect", "The site redirected without saying where to.");
  }
  target.hash = "";
  if (visited.has(target.href)) {
    throw new ImportRefusal(
      "redirect_loop",
      `The site redirects in a loop (${[...redirects, target.href].slice(-3).join(" → ")}); Crosscheck cannot reach the document.`,
    );
  }
  if (redirects.length >= maxRedirects) {
    throw new ImportRefusal(
      "too_many_redirects",
      `The site redirected more than ${maxRedirects} times; import the address it finally shows in a browser instead.`,
    );
  }
  return target.href;
}

/** A refusal of a redirect's target, saying that the site redirected there. */
export function refusalAfterRedirects(
  code: ImportRefusal["code"],
  message: string,
  redirects: string[],
): ImportRefusal {
  const target = redirects.at(-1);
  if (!target) return new ImportRefusal(code, message);
  return new ImportRefusal(
    code,
    `The site redirected to ${target}, which Crosscheck refuses: ${message}`,
  );
}
