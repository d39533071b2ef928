import type { CitedPassage } from "./citation-types";

/** A locator as CSL citation items take it, with the words people read. */
export interface ClaimLocator {
  /** The CSL locator term: "page" when the page is known (APA prefers it), else "paragraph". */
  label: "page" | "paragraph";
  locator: string;
  /** For people and for notes: "para. 3", or "p. 12, para. 3" when the page is known too. */
  text: string;
}

/** Where in its source a passage stands, as a citation's locator. */
export function claimLocator(passage: Pick<CitedPassage, "paragraph" | "page">): ClaimLocator {
  const paragraph = `para. ${passage.paragraph}`;
  if (passage.page != null) {
    return {
      label: "page",
      locator: String(passage.page),
      text: `p. ${passage.page}, ${paragraph}`,
    };
  }
  return { label: "paragraph", locator: String(passage.paragraph), text: paragraph };
}
