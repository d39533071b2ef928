import "server-only";
import { FingerprintedCache } from "@/lib/cache/fingerprinted-cache";
import { reader } from "@/lib/db/read-client";
import { readComparisonFingerprint } from "@/lib/questions/fingerprint-data";
import { readQuestionComparison } from "@/lib/questions/question-data";

/** A comparison as the API sends it: its JSON, and the question's version for the ETag. */
export interface ComparisonAnswer {
  json: string;
  version: number;
}

// The comparisons this instance has built lately, by question id, each kept with the fingerprint
// of the rows it was built from. Building one (claims, passages in context, the verdict in full)
// and writing it out as JSON costs several times the request itself; a question read again
// while nothing it shows has changed, the common case by far, costs one small statement instead.
const answers = new FingerprintedCache<ComparisonAnswer>({
  maxBytes: 32 * 1024 * 1024,
  sizeOf: (answer) => answer.json.length * 2,
});

/**
 * The comparison of a live question as JSON, or null: the one held, if the question's
 * fingerprint on the server this request reads is still the one it was built from; else (or
 * `afresh`) built, and held.
 */
export async function comparisonAnswer(
  id: string,
  { afresh = false } = {},
): Promise<ComparisonAnswer | null> {
  if (!afresh && answers.held(id)) {
    const held = answers.get(id, await readComparisonFingerprint(reader(), id));
    if (held) return held;
  }
  const read = await readQuestionComparison(id);
  if (!read) return null;
  const answer = {
    json: JSON.stringify(read.comparison),
    version: read.comparison.question.version,
  };
  answers.set(id, read.fingerprint, answer);
  return answer;
}
