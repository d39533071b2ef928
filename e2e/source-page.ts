import type { Page } from "@playwright/test";

/** The id of the sample source whose title starts with `titleStart`. */
export async function sourceId(page: Page, titleStart: string): Promise<string> {
  const response = await page.request.get("/api/v1/sources?pageSize=100");
  const { items } = (await response.json()) as { items: { id: string; title: string }[] };
  const source = items.find((item) => item.title.startsWith(titleStart));
  if (!source) throw new Error(`no sample source “${titleStart}”`);
  return source.id;
}

/** Selects `words` in the reader's text the way a mouse drag across them would. */
export async function selectWords(page: Page, words: string) {
  await page.evaluate((target) => {
    for (const run of document.querySelectorAll("[data-source-text] [data-start]")) {
      const node = run.firstChild;
      const at = node?.textContent?.indexOf(target) ?? -1;
      if (!node || at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`“${target}” is not in the text`);
  }, words);
}
