/**
 * The form of a name used to recognise it again: case, spacing, Unicode compatibility forms and
 * curly apostrophes or quotes do not make "USSR Prosecutor General’s Office" a second origin.
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase("en");
}
