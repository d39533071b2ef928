import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import engines from "@citation-js/plugin-csl/lib/engines.js";
import type { CslItem } from "./csl-item";
import { LOCALE_EN_GB } from "./locales/en-gb";

// citation-js keeps styles and locales in registries of its own, one per process. Crosscheck
// adds only what is the same everywhere: the en-GB locale here, and custom styles under a key
// made of their content's hash (csl-styles.ts), so every app instance renders alike.
const csl = plugins.config.get("@csl");
const prepareEngine = typeof engines === "function" ? engines : engines.default;
if (!csl.locales.has("en-GB")) csl.locales.add("en-GB", LOCALE_EN_GB);

/** The locales references can be written in: citation-js's bundled ones and en-GB. */
export const CITATION_LOCALES = ["en-US", "en-GB", "de-DE", "es-ES", "fr-FR", "nl-NL"] as const;
export type CitationLocale = (typeof CITATION_LOCALES)[number];

/** citation-js's registry of CSL styles, by template name. */
export const cslStyleRegistry = csl.styles;

/** citation-js over CSL-JSON items, with no guessing of the input's format (and so no fetching). */
export function citeItems(items: readonly CslItem[]): Cite {
  return new Cite(items, { forceType: "@csl/list+object" });
}

/** What a CSL engine wrote for a sequence of citations and its reference list. */
export interface CslRendering {
  /** One per citation, in the order given. */
  citations: string[];
  /** The reference list, in the style's order, with the id of each entry's item. */
  references: { id: string; entry: string }[];
}

/**
 * Renders citations (each with its own locator) as one sequence, then the reference list of the
 * items cited: numbers (Vancouver) follow the order of first citation, and disambiguation
 * ("2020a") is the same in the citations and the list. Throws what citeproc-js throws.
 */
export function renderCsl(
  items: readonly CslItem[],
  citations: readonly { id: string; locator?: string; label?: string }[],
  template: string,
  locale: string | undefined,
  format: "text" | "html",
): CslRendering {
  const engine = prepareEngine(items, template, locale, format);
  const rendered = engine.rebuildProcessorState(
    citations.map((item, index) => ({
      citationID: `citation-${index}`,
      citationItems: [item],
      properties: { noteIndex: 0 },
    })),
    format,
    [],
  );
  const bibliography = engine.makeBibliography();
  const [meta, entries] = bibliography || [{ entry_ids: [] }, []];
  return {
    citations: rendered.map(([, , text]) => text),
    references: entries.map((entry, index) => ({
      id: meta.entry_ids[index]?.[0] ?? "",
      entry: entry.trim(),
    })),
  };
}
