// citation-js ships no type declarations; these cover only the calls Crosscheck makes.

declare module "@citation-js/core" {
  export interface FormatOptions {
    format?: "text" | "html" | "string" | "object";
    template?: string;
    lang?: string;
    entry?: { id: string; locator?: string; label?: string }[];
    asEntryArray?: boolean;
  }

  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    format(format: string, options?: FormatOptions): string;
  }

  export interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    get(name: string): T;
    remove(name: string): void;
    list(): string[];
  }

  export const plugins: {
    config: {
      get(plugin: "@csl"): { styles: Register<string>; locales: Register<string> };
    };
  };
}

declare module "@citation-js/name" {
  export function parse(name: string): {
    given?: string;
    family?: string;
    suffix?: string;
    "non-dropping-particle"?: string;
    "dropping-particle"?: string;
  };
}

declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";

// The citeproc-js engine citation-js prepares (cached per style and locale), used directly so
// that a selection's citations are processed as one sequence: numbering and disambiguation agree
// with the reference list.
declare module "@citation-js/plugin-csl/lib/engines.js" {
  export interface CiteprocCitation {
    citationID: string;
    citationItems: { id: string; locator?: string; label?: string }[];
    properties: { noteIndex: number };
  }

  export interface CiteprocEngine {
    rebuildProcessorState(
      citations: CiteprocCitation[],
      format: string,
      uncited: string[],
    ): [string, number, string][];
    makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
  }

  export type PrepareEngine = (
    items: readonly object[],
    template: string,
    locale: string | undefined,
    format: string,
  ) => CiteprocEngine;

  // A CommonJS module with `exports.default`: Node's ESM loader hands over the whole exports
  // object, bundlers its `default`.
  const engines: PrepareEngine | { default: PrepareEngine };
  export default engines;
}
