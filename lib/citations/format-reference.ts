import { escapeHtml } from "@/lib/exports/escape-html";
import { renderCsl, type CitationLocale } from "./cite-engine";
import type { CitedClaim } from "./citation-types";
import { claimLocator } from "./claim-locator";
import { styleTemplate, type CitationStyle } from "./csl-styles";
import { sourceToCsl } from "./source-to-csl";

export interface ReferenceOptions {
  /** Default "apa". */
  style?: CitationStyle;
  /**
   * Default en-GB for Harvard (a British style), else the style's own default-locale, else
   * en-US. A locale Crosscheck does not have falls back to en-US.
   */
  locale?: CitationLocale;
  /** Default "text". In HTML, the CSL processor escapes the metadata; the quote is escaped here. */
  format?: "text" | "html";
}

/** One claim cited: its source's reference, the citation with the locator, and the quote. */
export interface FormattedCitation {
  claimId: string;
  /** The reference-list entry of the claim's source. */
  reference: string;
  /** The in-text citation (or note, for note styles) with the locator: "(ArmInfo, 2020, para. 1)". */
  citation: string;
  /** The locator for people: "para. 1", "p. 12, para. 3". */
  locator: string;
  quote: string;
  /**
   * The quote with its citation, then the reference: ready to paste. When the style prints no
   * locator in its citations (Vancouver's "(1)"), the locator follows the quote.
   */
  combined: string;
}

/** Formatted references for a selection of claims. */
export interface FormattedReferences {
  /** The reference list, each source once, in the style's order. */
  references: string;
  /** In the order the claims were given. */
  citations: FormattedCitation[];
}

/**
 * Cites a selection of claims in a CSL style. Claims from one source share one reference, as
 * they cite one work. Citations are processed as one sequence in the order given, as they would
 * stand in an article: numbers, "2020a/2020b" and (in note styles) short forms follow from it.
 * To cite one claim on its own, as a "Cite" button does, pass that claim alone.
 */
export function formatClaimReferences(
  claims: readonly CitedClaim[],
  options: ReferenceOptions = {},
): FormattedReferences {
  const format = options.format ?? "text";
  const locale = options.locale ?? (options.style === "harvard1" ? "en-GB" : undefined);
  const items = new Map(claims.map((claim) => [claim.source.id, sourceToCsl(claim.source)]));
  const cites = claims.map((claim) => {
    const { label, locator } = claimLocator(claim.passage);
    return { id: claim.source.id, locator, label };
  });
  // A last citation with an unmistakable locator tells whether the style prints locators; as
  // the last of the sequence, of an item already cited, it changes nothing before it.
  const probe = cites[0] ? [{ ...cites[0], locator: PROBE, label: "paragraph" }] : [];
  const template = styleTemplate(options.style ?? "apa");
  const rendering = renderCsl([...items.values()], [...cites, ...probe], template, locale, format);
  const printsLocator = rendering.citations.at(-1)?.includes(PROBE) ?? true;
  const marks = QUOTE_MARKS[locale ?? "en-US"];
  const references = new Map(rendering.references.map(({ id, entry }) => [id, entry]));
  const citations = claims.map((claim, index): FormattedCitation => {
    const citation = (rendering.citations[index] ?? "").trim();
    const reference = references.get(claim.source.id) ?? "";
    const quote = claim.passage.exact;
    const locator = claimLocator(claim.passage).text;
    const cited = printsLocator ? citation : `(${locator}) ${citation}`;
    const combined = combine(marks, quote, cited, reference, format);
    return { claimId: claim.id, reference, citation, locator, quote, combined };
  });
  const list = rendering.references.map(({ entry }) => entry);
  return {
    references:
      format === "html"
        ? `<div class="csl-bib-body">\n${list.join("\n")}\n</div>`
        : list.join("\n"),
    citations,
  };
}

/** One claim cited on its own in a CSL style (see formatClaimReferences). */
export function formatClaimReference(
  claim: CitedClaim,
  options: ReferenceOptions = {},
): FormattedCitation {
  const [only] = formatClaimReferences([claim], options).citations;
  if (!only) throw new Error("formatting one claim gave no citation");
  return only;
}

const PROBE = "987654321";

// Quotation marks as each locale's readers expect them around a quote.
const QUOTE_MARKS: Record<CitationLocale, readonly [string, string]> = {
  "en-US": ["“", "”"],
  "en-GB": ["‘", "’"],
  "de-DE": ["„", "“"],
  "es-ES": ["«", "»"],
  "fr-FR": ["«\u202f", "\u202f»"],
  "nl-NL": ["“", "”"],
};

function combine(
  [open, close]: readonly [string, string],
  quote: string,
  citation: string,
  reference: string,
  format: "text" | "html",
): string {
  const words = quote.replace(/\s+/g, " ").trim();
  if (format === "text") return `${open}${words}${close} ${citation}\n${reference}`;
  const quoted = `${open}${escapeHtml(words)}${close} ${citation}`;
  return `<blockquote class="csl-quote"><p>${quoted}</p></blockquote>\n${reference}`;
}
