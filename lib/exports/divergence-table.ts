import type { CitedClaim, CitedQuestion, CitedVerdict } from "@/lib/citations/citation-types";
import { describeValue } from "@/lib/values/describe-value";
import { questionTitle } from "./claim-csv";
import { escapeHtml } from "./escape-html";
import { safeHttpUrl, sourceLabel } from "./source-label";
import { inChunks, type Rows } from "./stream-chunks";

/** One question's divergence: the verdict sentence above one row per claim. */
export interface DivergenceTable {
  question: CitedQuestion;
  verdict: CitedVerdict;
  claims: readonly CitedClaim[];
}

export interface TableOptions {
  /** The heading level of the question's title, 1–6. Default 2. */
  headingLevel?: number;
}

const HEADERS = ["Value", "Origin", "Source", "Quote", "Link"] as const;

/** The table as GitHub-flavoured Markdown, every cell escaped so that it reads as plain text. */
export function divergenceMarkdown(table: DivergenceTable, options: TableOptions = {}): string {
  const rows = table.claims.map((claim) => {
    const [value, origin, source, quote] = cells(claim).map(markdownText);
    const url = safeHttpUrl(claim.permalink);
    const link = url ? `[passage](<${url.replace(/[<> ]/g, encodeURIComponent)}>)` : "";
    return [value, origin, source, `“${quote}”`, link];
  });
  return [
    `${"#".repeat(level(options))} ${markdownText(title(table.question))}`,
    "",
    markdownText(table.verdict.summary),
    "",
    `| ${HEADERS.join(" | ")} |`,
    `| ${HEADERS.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
    "",
  ].join("\n");
}

/** The table as an HTML fragment; every text is escaped and links are http(s) only. */
export function divergenceHtml(table: DivergenceTable, options: TableOptions = {}): string {
  const heading = `h${level(options)}`;
  const rows = table.claims.map((claim) => {
    const [value, origin, source, quote] = cells(claim).map(escapeHtml);
    const url = safeHttpUrl(claim.permalink);
    const link = url ? `<a href="${escapeHtml(url)}">passage</a>` : "";
    return `<tr><td>${value}</td><td>${origin}</td><td>${source}</td><td><q>${quote}</q></td><td>${link}</td></tr>`;
  });
  return [
    `<section class="divergence">`,
    `<${heading}>${escapeHtml(title(table.question))}</${heading}>`,
    `<p>${escapeHtml(table.verdict.summary)}</p>`,
    "<table>",
    `<thead><tr>${HEADERS.map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead>`,
    `<tbody>\n${rows.join("\n")}\n</tbody>`,
    "</table>",
    "</section>",
    "",
  ].join("\n");
}

/**
 * Divergence tables for claims that arrive ordered by question (as a data layer's cursor gives
 * them with ORDER BY question): one table per run of one question, held only while it lasts.
 */
export async function* groupByQuestion(claims: Rows<CitedClaim>): AsyncGenerator<DivergenceTable> {
  let current: CitedClaim[] = [];
  for await (const claim of claims) {
    if (current[0] && current[0].question.id !== claim.question.id) {
      yield tableOf(current);
      current = [];
    }
    current.push(claim);
  }
  if (current[0]) yield tableOf(current);
}

/** Markdown or HTML tables written as claims (ordered by question) arrive. */
export async function* writeDivergenceTables(
  claims: Rows<CitedClaim>,
  format: "markdown" | "html",
  options: TableOptions = {},
): AsyncGenerator<string> {
  const render = format === "markdown" ? divergenceMarkdown : divergenceHtml;
  async function* parts() {
    let first = true;
    for await (const table of groupByQuestion(claims)) {
      yield `${first ? "" : "\n"}${render(table, options)}`;
      first = false;
    }
  }
  yield* inChunks(parts());
}

function tableOf(claims: CitedClaim[]): DivergenceTable {
  const [first] = claims as [CitedClaim];
  return { question: first.question, verdict: first.verdict, claims };
}

function cells(claim: CitedClaim): [string, string, string, string] {
  const quote = `${claim.passage.exact.replace(/\s+/g, " ").trim()}`;
  return [describeValue(claim.value), claim.origin ?? "—", sourceLabel(claim.source), quote];
}

function title(question: CitedQuestion): string {
  return `${question.subject} — ${questionTitle(question)}`;
}

function level(options: TableOptions): number {
  return Math.min(6, Math.max(1, Math.round(options.headingLevel ?? 2)));
}

// Characters that start Markdown inline syntax (emphasis, code, links, HTML, entities, table
// cells, strikethrough) are backslash-escaped; line breaks, which would end a table row, become
// spaces. Other punctuation is left readable.
function markdownText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, "\\$&");
}
