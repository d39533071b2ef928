import "server-only";
import type { CitedQuestion, CitedVerdict } from "@/lib/citations/citation-types";
import { reader } from "@/lib/db/read-client";
import type { QuestionComparison } from "@/lib/questions/comparison-types";
import { accessedDay } from "@/lib/sources/source-data";
import type { AppUrls } from "./cited-claim";
import type { JsonLdClaim } from "./schema-org";

/**
 * What a question page's JSON-LD says, from the comparison the page has already loaded: its
 * published claims with their sources as citations. One query, for the citation fields of the
 * sources that the comparison does not read (authors, addresses, language) — the page used to
 * run the whole export of the question again for this.
 */
export async function questionJsonLdParts(
  comparison: QuestionComparison,
  urls: AppUrls,
): Promise<{ question: CitedQuestion; verdict: CitedVerdict; claims: JsonLdClaim[] }> {
  const { question, verdict } = comparison;
  const published = comparison.claims.filter((claim) => claim.status === "published");
  const sourceIds = [...new Set(published.map((claim) => claim.source.id))];
  const sources = sourceIds.length
    ? await reader().source.findMany({
        where: { id: { in: sourceIds } },
        select: {
          id: true,
          authors: true,
          url: true,
          archiveUrl: true,
          accessed: true,
          createdAt: true,
          language: true,
        },
      })
    : [];
  const more = new Map(sources.map((source) => [source.id, source]));
  const claims = published.flatMap((claim): JsonLdClaim[] => {
    const extra = more.get(claim.source.id);
    if (!extra) return [];
    // The first passage in its text, as the export cites it; a claim without one, its words.
    const first = [...claim.passages].sort((a, b) => a.start - b.start)[0];
    return [
      {
        url: urls.claim(claim.id),
        stated: claim.stated,
        value: claim.value,
        origin: claim.origin?.name ?? null,
        source: {
          ...claim.source,
          authors: extra.authors,
          url: extra.url,
          archiveUrl: extra.archiveUrl,
          accessed: accessedDay(extra.accessed, extra.createdAt),
          language: extra.language,
          readerUrl: urls.source(claim.source.id),
        },
        passage: { exact: first?.exact ?? claim.stated },
      },
    ];
  });
  return {
    question: {
      id: question.id,
      subject: question.subject.name,
      measure: question.measure,
      scope: question.scope,
      kind: question.kind,
      unit: question.unit,
      url: urls.question(question.id),
    },
    verdict: { status: verdict.status, summary: verdict.summary },
    claims,
  };
}
