/** Elements that start and end a paragraph of the text the reader shows. */
const BLOCKS = wordSet(`
  address article aside blockquote caption center dd details dialog div dl dt fieldset
  figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre
  section summary table tbody tfoot thead tr ul
`);

/** Elements whose content is not text a reader sees. */
const SKIPPED = wordSet(`
  script style noscript template svg math iframe object embed canvas video audio img picture
  source track map select button input textarea head title meta link
`);

const CELLS = new Set(["td", "th"]);

/**
 * The plain text of an element as the reader shows it: one paragraph per block (paragraph,
 * heading, list item, table row…), paragraphs separated by a blank line, a `<br>` kept as a line
 * break, runs of spaces collapsed as a browser does (no-break spaces kept), `<pre>` verbatim,
 * table cells separated by a tab, and no markup.
 */
export function htmlToText(root: Node): string {
  const paragraphs: string[] = [];
  let line = "";
  const flush = () => {
    const lines = line
      .split("\n")
      .map((part) => part.trim())
      .filter((part) => part !== "");
    if (lines.length > 0) paragraphs.push(lines.join("\n"));
    line = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      // Spaces collapse across inline elements too: "a <b> b</b>" reads "a b".
      const text = (node.nodeValue ?? "").replace(/[ \t\n\r\f]+/g, " ");
      line += text.startsWith(" ") && /(^|[ \n\t])$/.test(line) ? text.slice(1) : text;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).localName.toLowerCase();
    if (SKIPPED.has(tag) || (node as Element).hasAttribute("hidden")) return;
    if (tag === "br") {
      line += "\n";
      return;
    }
    if (tag === "pre") {
      flush();
      for (const block of textOfPre(node)) paragraphs.push(block);
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (CELLS.has(tag) && line.trim() !== "") line = `${line.replace(/[ ]+$/, "")}\t`;
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** Preformatted text keeps its lines; blank lines inside it still separate paragraphs. */
function textOfPre(node: Node): string[] {
  const text = (node.textContent ?? "").replace(/\r\n?/g, "\n");
  return text
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+|\s+$/g, ""))
    .filter((block) => block.trim() !== "");
}

function wordSet(words: string): Set<string> {
  return new Set(words.trim().split(/\s+/));
}
