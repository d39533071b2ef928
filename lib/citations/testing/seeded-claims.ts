import { readFileSync } from "node:fs";
import { locatePassage } from "@/lib/claims/locate-passage";
import { readClaim } from "@/lib/claims/read-claim";
import { referenceOf } from "@/lib/claims/claim-value";
import { SAMPLE_CLAIMS, type SampleClaim } from "@/seed/sample-claims";
import { SAMPLE_SOURCES } from "@/seed/sample-sources";
import type { CitationSource, CitedClaim } from "../citation-types";
import { locatePassageIn } from "../passage-location";

/** The address the test claims live under (a reserved example domain). */
export const BASE = "https://crosscheck.example";

/** The day the tests say each seeded source was read, as `accessed` defaults to the day added. */
export const ACCESSED = "2025-03-01";

/**
 * The seed's hand-recorded claims as an export receives them: passages located in the corpus
 * texts, values read by the app's own reader, paragraphs counted as the reader counts them.
 */
export function seededClaims(): CitedClaim[] {
  return SAMPLE_CLAIMS.map((sample, index) => toCitedClaim(sample, index));
}

/** The first seeded claim: ArmInfo's “26 citizens of Armenian nationality” on Sumgait. */
export function sumgaitClaim(): CitedClaim {
  const claim = seededClaims()[0];
  if (!claim) throw new Error("the seed has no claims");
  return claim;
}

function toCitedClaim(sample: SampleClaim, index: number): CitedClaim {
  const meta = SAMPLE_SOURCES.find((source) => source.file === sample.file);
  if (!meta) throw new Error(`no sample source ${sample.file}`);
  const text = readFileSync(
    new URL(`../../../seed/corpus/${sample.file}`, import.meta.url),
    "utf8",
  );
  const located = locatePassage(text, { exact: sample.quote });
  if (!located.ok) throw new Error(located.failure.message);
  const passage = located.value;
  const reading = readClaim({
    kind: sample.question.kind,
    quote: passage.exact,
    stated: sample.stated,
    reference: referenceOf(meta.published),
  });
  if (!reading.ok) throw new Error(reading.failure.message);
  const sourceId = `source-${meta.file.replace(/\.txt$/, "")}`;
  const source: CitationSource = {
    id: sourceId,
    title: meta.title,
    authors: meta.authors,
    publisher: meta.publisher,
    url: null,
    archiveUrl: null,
    published: meta.published,
    accessed: ACCESSED,
    kind: meta.kind,
    language: meta.language,
    readerUrl: `${BASE}/sources/${sourceId}`,
  };
  const { subject, measure, kind } = sample.question;
  const scope = sample.question.scope ?? "";
  const questionId = `question-${[subject, measure, scope].join(" ").replace(/\W+/g, "-")}`;
  const id = `claim${index + 1}`;
  return {
    id,
    url: `${BASE}/claims/${id}`,
    question: {
      id: questionId,
      subject,
      measure,
      scope,
      kind,
      unit: null,
      url: `${BASE}/questions/${questionId}`,
    },
    stated: reading.value.stated,
    value: reading.value.value,
    origin: sample.origin ?? null,
    method: sample.method,
    asOf: null,
    status: "published",
    source,
    passage: { ...passage, ...locatePassageIn(text, passage.start, passage.end) },
    permalink: `${BASE}/sources/${sourceId}?passage=${passage.start}-${passage.end}`,
    verdict: { status: "diverge", summary: `Verdict of ${subject} — ${measure}.` },
    clusters: [0],
  };
}
