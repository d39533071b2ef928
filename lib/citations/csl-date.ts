import { parsePublicationDate } from "@/lib/sources/publication-date";
import type { CslDate } from "./csl-item";

/**
 * A stored date ("2020", "2020-02", "2024-02-29") as CSL date-parts of the same precision:
 * [[2020]], [[2020, 2]], [[2024, 2, 29]]. Undefined for null or text that is no such date.
 */
export function toCslDate(iso: string | null): CslDate | undefined {
  if (!iso) return undefined;
  const parsed = parsePublicationDate(iso);
  if (!parsed.ok) return undefined;
  const { year, month, day } = parsed.date;
  if (month === null) return { "date-parts": [[year]] };
  if (day === null) return { "date-parts": [[year, month]] };
  return { "date-parts": [[year, month, day]] };
}
