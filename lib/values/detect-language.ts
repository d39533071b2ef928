import { eld } from "eld/small";
import { SUPPORTED_LANGUAGES, type Language } from "./language";

// Below this many letters a guess is not worth showing; the editor gives the language instead.
const MIN_LETTERS = 20;
// The detector reads n-grams; the start of a long text says as much as all of it.
export const DETECTED_CHARS = 20_000;

/**
 * The language of a whole text (a source without a stated language), as an ISO 639-1 code
 * among the supported ones; null when the text is short, the guess is unreliable, or the
 * language is one the readers do not know. Detected with eld (its small n-gram database).
 */
export function detectLanguage(text: string): Language | null {
  if (typeof text !== "string") return null;
  const sample = text.slice(0, DETECTED_CHARS);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  let result: ReturnType<typeof eld.detect>;
  try {
    result = eld.detect(sample);
  } catch {
    // A third-party detector must not make ours throw; the language then stays unknown.
    return null;
  }
  if (!result.isReliable()) return null;
  const found = result.language;
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(found) ? (found as Language) : null;
}
