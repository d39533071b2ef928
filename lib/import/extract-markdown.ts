import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { htmlToText } from "./html-to-text";
import { cleanText, type ExtractedMetadata } from "./metadata-values";
import { parseHtmlDocument } from "./parse-html";

/**
 * Markdown as the plain text a reader sees: one paragraph per block (heading, paragraph, list
 * item, quote, table row with its cells separated by tabs, code block verbatim), separated by
 * blank lines. Markup goes (`**`, `#`, link targets, image addresses, HTML tags, front matter);
 * no word of the text does, so passages quote the words as people read them rather than with
 * asterisks inside. The first top-level heading is offered as the title.
 */
export function extractMarkdown(source: string): { text: string; metadata: ExtractedMetadata } {
  const tree = fromMarkdown(withoutFrontMatter(source), {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const paragraphs = blocksOf(tree).filter((block) => block.trim() !== "");
  const heading = tree.children.find((node) => node.type === "heading" && node.depth === 1);
  const title = heading ? cleanText(inlineText(heading)) : undefined;
  return { text: paragraphs.join("\n\n"), metadata: title ? { title } : {} };
}

function blocksOf(node: Nodes): string[] {
  switch (node.type) {
    case "heading":
    case "paragraph":
      return [inlineText(node).trim()];
    case "code":
      return [node.value];
    case "html":
      return [htmlToText(parseHtmlDocument(node.value).body)];
    case "tableRow":
      return [node.children.map((cell) => inlineText(cell).trim()).join("\t")];
    case "root":
    case "blockquote":
    case "list":
    case "listItem":
    case "table":
    case "footnoteDefinition":
      return node.children.flatMap(blocksOf);
    default:
      // Thematic breaks, link definitions and the like carry no words.
      return [];
  }
}

function inlineText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return "\n";
    case "html":
    case "image":
    case "imageReference":
    case "footnoteReference":
      return "";
    default:
      return "children" in node ? node.children.map(inlineText).join("") : "";
  }
}

/** YAML front matter (`---` lines around it at the very start) describes the file; it is not text. */
function withoutFrontMatter(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/, "");
}
