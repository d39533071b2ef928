import { detectLanguage } from "@/lib/values/detect-language";

/**
 * The language a source's figures are read in: the one its editor gave ("es", "pt-BR" → "pt"),
 * else the one detected from its text, else none (English rules).
 */
export function readingLanguage(stated: string | null, text: string): string | null {
  const given = stated?.trim().toLowerCase().split(/[-_]/)[0];
  return given || detectLanguage(text);
}
