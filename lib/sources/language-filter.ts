import { z } from "zod";
import { blankToUndefined } from "@/lib/query-params";

/**
 * ?language= of the lists and searches that filter sources by language: a code such as en, ru or
 * en-GB, read in lower case. "en" also finds sources marked "en-GB" (lib/search/search-sql.ts:
 * languageIs).
 */
export const LanguageFilterSchema = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "use a language code such as en, ru or en-GB")
    .transform((code) => code.toLowerCase())
    .optional(),
);
