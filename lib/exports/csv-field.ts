/** A cell value: text, a number, or nothing (an empty cell). */
export type CsvValue = string | number | null;

// Spreadsheets run a cell that starts with one of these as a formula ("=HYPERLINK(…)", "@SUM",
// "+1+cmd|…"), including the full-width forms some of them accept; tab and carriage return
// are on OWASP's list too.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
// A plain number ("-26", "+1.5", "-2e3") is read as a number, not a formula: left alone.
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * One CSV field, RFC 4180: quoted (with doubled quotation marks) when it holds a comma, a
 * quotation mark, a line break, or space at its edges. With `guardFormulas`, text that a
 * spreadsheet would run as a formula gets a leading apostrophe — the mark spreadsheets read as
 * "this is text" — while numbers, negative ones included, are written as they are.
 */
export function csvField(value: CsvValue, guardFormulas = true): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text =
    guardFormulas && FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record ending in CRLF, as RFC 4180 asks. */
export function csvRecord(values: readonly CsvValue[], guardFormulas = true): string {
  return `${values.map((value) => csvField(value, guardFormulas)).join(",")}\r\n`;
}
