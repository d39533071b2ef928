/** Languages whose numbers, dates and qualifiers the readers know. */
export const SUPPORTED_LANGUAGES = ["en", "es", "fr", "it", "de", "ru", "pt"] as const;

export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/**
 * The supported language an ISO 639-1 code or a tag names ("es", "pt-BR", "FR"); English for
 * anything else, so an unknown or missing language reads as the readers always did.
 */
export function languageOf(code: string | null | undefined): Language {
  if (typeof code !== "string") return "en";
  const primary = code.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(primary)
    ? (primary as Language)
    : "en";
}
