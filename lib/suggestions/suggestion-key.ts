import { nameKey } from "@/lib/naming/name-key";

/** What identifies a suggestion for remembering its dismissal. */
export interface KeyParts {
  kind: "quantity" | "date";
  wording: string;
  /** The words of its sentence. */
  sentence: string;
  /** How many times the same wording comes earlier in the sentence. */
  within: number;
  /** How many earlier suggestions had the same parts (a sentence repeated word for word). */
  occurrence: number;
}

/**
 * A short key for a suggestion, from its wording and its sentence rather than its offsets, so a
 * dismissal survives an edit elsewhere in the text (a new text version) and changes in spacing,
 * case or curly quotes; a changed sentence gets a new key and is suggested again.
 */
export function suggestionKey(parts: KeyParts): string {
  const words = [
    parts.kind,
    nameKey(parts.wording),
    nameKey(parts.sentence),
    String(parts.within),
    String(parts.occurrence),
  ].join("\u0001");
  return `${hash(words, 0x811c9dc5)}${hash(words, 0x01000193)}`;
}

/** The bare form of the parts that decides which suggestions are the same (for occurrence). */
export function keyBase(parts: Omit<KeyParts, "occurrence">): string {
  return [parts.kind, nameKey(parts.wording), nameKey(parts.sentence), parts.within].join("\u0001");
}

// 32-bit FNV-1a over UTF-16 code units, as 8 hex digits; two seeds make 64 bits.
function hash(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
