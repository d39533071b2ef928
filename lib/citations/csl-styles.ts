import { createHash } from "node:crypto";
import { cslStyleRegistry, renderCsl } from "./cite-engine";
import type { CslItem } from "./csl-item";
import { checkCslStructure, type CslStyleInfo } from "./csl-style-check";

/** The styles citation-js bundles, by template name. */
export const BUNDLED_STYLES = {
  apa: "APA 7th edition",
  harvard1: "Harvard (Cite Them Right 12th edition)",
  vancouver: "Vancouver (NLM Citing Medicine)",
} as const;
export type BundledStyleName = keyof typeof BUNDLED_STYLES;

/** A style to write references in: a bundled one by name, or an uploaded one by its XML. */
export type CitationStyle = BundledStyleName | { xml: string };

/** An uploaded style accepted (with what it says about itself and its registry key), or why not. */
export type CslStyleRegistration =
  { ok: true; info: CslStyleInfo; key: string } | { ok: false; reason: string };

/** Whether `name` names a bundled style. */
export function isBundledStyle(name: string): name is BundledStyleName {
  return Object.hasOwn(BUNDLED_STYLES, name);
}

/** The registry key of an uploaded style: its content's hash, the same on every app instance. */
export function customStyleKey(xml: string): string {
  return `crosscheck-${createHash("sha256").update(xml).digest("hex").slice(0, 32)}`;
}

/**
 * Checks an uploaded .csl file and makes it usable: the structure (csl-style-check.ts), then a
 * trial — a sample news article and book formatted as references and as citations with a
 * paragraph locator, in text and HTML — which must neither throw nor come out empty. On
 * success the style is registered under `key`; store the XML, and pass it as `{ xml }` later.
 */
export function registerCslStyle(xml: string): CslStyleRegistration {
  const structure = checkCslStructure(xml);
  if (!structure.ok) return structure;
  const key = customStyleKey(xml);
  const known = cslStyleRegistry.has(key);
  if (!known) cslStyleRegistry.add(key, xml);
  const failure = trialFailure(key);
  if (failure) {
    if (!known) cslStyleRegistry.remove(key);
    return { ok: false, reason: `This CSL style cannot be used: ${failure}.` };
  }
  return { ok: true, info: structure.info, key };
}

/**
 * The citation-js template name for a style. An uploaded style is registered on first use,
 * under its hash: each instance registers what it is asked to render, so nothing has to be
 * shared between instances. Pass only XML that registerCslStyle accepted when it was stored.
 */
export function styleTemplate(style: CitationStyle): string {
  if (typeof style === "string") return style;
  const key = customStyleKey(style.xml);
  if (!cslStyleRegistry.has(key)) cslStyleRegistry.add(key, style.xml);
  return key;
}

/** Registers the stored uploaded styles ahead of use (optional: styleTemplate does it lazily). */
export function registerStoredStyles(xmls: readonly string[]): string[] {
  return xmls.map((xml) => styleTemplate({ xml }));
}

function trialFailure(template: string): string | null {
  try {
    for (const format of ["text", "html"] as const) {
      const { citations, references } = renderCsl(
        SAMPLE_ITEMS,
        [
          { id: "sample-article", locator: "3", label: "paragraph" },
          { id: "sample-book", locator: "12", label: "page" },
        ],
        template,
        "en-US",
        format,
      );
      // citeproc-js writes this in place of an item the style gives no printed form.
      const broken = (text: string) => !text.trim() || text.includes("[CSL STYLE ERROR");
      if (references.length !== SAMPLE_ITEMS.length || references.some((r) => broken(r.entry)))
        return "it wrote no text for a sample reference";
      if (citations.length !== 2 || citations.some(broken))
        return "it wrote no text for a sample citation";
    }
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `formatting a sample reference failed (${message.slice(0, 200)})`;
  }
}

const SAMPLE_ITEMS: CslItem[] = [
  {
    id: "sample-article",
    type: "article-newspaper",
    title: "Sample headline of a news article",
    author: [{ family: "Example", given: "Anna" }, { literal: "Sample News Agency" }],
    "container-title": "The Sample Times",
    issued: { "date-parts": [[2020, 2, 27]] },
    accessed: { "date-parts": [[2024, 5, 1]] },
    URL: "https://example.org/news/sample",
  },
  {
    id: "sample-book",
    type: "book",
    title: "A Sample Book",
    author: [{ family: "Writer", given: "Bob" }],
    publisher: "Sample Press",
    issued: { "date-parts": [[1999]] },
  },
];
