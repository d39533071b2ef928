import { XMLParser, XMLValidator } from "fast-xml-parser";

/** The largest style accepted; the largest styles of the CSL repository are about 250 KB. */
export const MAX_STYLE_BYTES = 1024 * 1024;
export const CSL_NAMESPACE = "http://purl.org/net/xbiblio/csl";

/** What a style says about itself, for lists where a style is chosen. */
export interface CslStyleInfo {
  title: string;
  /** The style's own identifier, usually its address in the Zotero style repository. */
  id: string;
  class: "in-text" | "note";
  defaultLocale: string | null;
}

export type CslStyleCheck = { ok: true; info: CslStyleInfo } | { ok: false; reason: string };

type Element = Record<string, unknown>;

/**
 * Whether `xml` has the shape of an independent CSL 1.0 style: well-formed XML, a <style> root
 * in the CSL namespace, <info> with a title and an id, and a <citation> and a <bibliography>
 * each with a <layout>. Returns the reason a person can act on when it has not. Whether the
 * style also renders is a separate trial (csl-styles.ts).
 */
export function checkCslStructure(xml: string): CslStyleCheck {
  if (!xml.trim()) return fail("the file is empty");
  if (xml.length > MAX_STYLE_BYTES || new TextEncoder().encode(xml).length > MAX_STYLE_BYTES)
    return fail(`the file is larger than ${MAX_STYLE_BYTES / 1024} KB; CSL styles are far smaller`);
  // Styles never declare entities; refusing them closes the door to entity-expansion bombs.
  if (/<!(DOCTYPE|ENTITY)/i.test(xml)) return fail("a CSL style must not contain a DOCTYPE");
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    const { msg, line, col } = wellFormed.err;
    return fail(`it is not well-formed XML: ${msg} (line ${line}, column ${col})`);
  }
  const document = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(
    xml,
  ) as Element;
  const roots = Object.keys(document).filter((key) => !key.startsWith("?"));
  if (roots.length !== 1 || roots[0] !== "style")
    return fail(`the root element is <${roots[0] ?? "nothing"}>, not a CSL <style>`);
  const style = document.style as Element;
  if (style["@xmlns"] !== CSL_NAMESPACE)
    return fail(`<style> is not in the CSL namespace (xmlns="${CSL_NAMESPACE}")`);
  const version = String(style["@version"] ?? "");
  if (!version.startsWith("1.0"))
    return fail(`it is a CSL ${version || "(no version)"} style; only CSL 1.0 styles can be used`);
  return checkParts(style);
}

function checkParts(style: Element): CslStyleCheck {
  const info = one(style.info);
  const title = text(info?.title);
  const id = text(info?.id);
  if (!info || !title || !id) return fail("<info> must give the style a <title> and an <id>");
  const parent = many(info.link).find((link) => link["@rel"] === "independent-parent");
  if (parent)
    return fail(
      `it is a dependent style, which only names its parent (${String(parent["@href"])}); upload the parent style instead`,
    );
  const styleClass = style["@class"];
  if (styleClass !== "in-text" && styleClass !== "note")
    return fail('<style> must have class="in-text" or class="note"');
  for (const part of ["citation", "bibliography"] as const) {
    const found = many(style[part]);
    if (found.length !== 1 || !one(found[0]?.layout))
      return fail(
        part === "bibliography"
          ? "it has no <bibliography> with a <layout>, so it cannot write references"
          : "it needs exactly one <citation> with a <layout>",
      );
  }
  const defaultLocale = style["@default-locale"];
  return {
    ok: true,
    info: {
      title,
      id,
      class: styleClass,
      defaultLocale: typeof defaultLocale === "string" ? defaultLocale : null,
    },
  };
}

function fail(reason: string): CslStyleCheck {
  return { ok: false, reason: `This is not a usable CSL style: ${reason}.` };
}

function many(value: unknown): Element[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((entry) => (typeof entry === "object" && entry !== null ? entry : {}));
}

function one(value: unknown): Element | null {
  if (value === "") return {}; // an empty element, such as <layout/>
  const list = many(value);
  return list.length === 1 ? (list[0] ?? null) : null;
}

function text(value: unknown): string | null {
  const node = Array.isArray(value) ? value[0] : value;
  const content = typeof node === "object" && node !== null ? (node as Element)["#text"] : node;
  return typeof content === "string" || typeof content === "number"
    ? String(content).trim() || null
    : null;
}
