/** How much of a publication date is known: "2020", "2020-02" or "2024-02-29". */
export type PublicationPrecision = "year" | "month" | "day";

export interface PublicationDate {
  year: number;
  month: number | null;
  day: number | null;
  precision: PublicationPrecision;
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * Reads "2020", "2020-02" or "2024-02-29" (a time after the day, as in "2024-02-29 15:03:37", is
 * ignored) and keeps how precise it is. Returns a reason instead of throwing.
 */
export function parsePublicationDate(
  input: string,
): { ok: true; date: PublicationDate } | { ok: false; reason: string } {
  const trimmed = input
    .trim()
    .replace(/[T ]\d{1,2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/, "");
  const match = ISO_PARTIAL.exec(trimmed);
  if (!match)
    return {
      ok: false,
      reason: "use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2020, 2020-02 or 2024-02-29",
    };
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (year < 1000 || year > 9999) return { ok: false, reason: "the year must have four digits" };
  if (month !== null && (month < 1 || month > 12))
    return { ok: false, reason: `there is no month ${month}` };
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) {
    return { ok: false, reason: `${MONTHS[month - 1]} ${year} has no day ${day}` };
  }
  const precision: PublicationPrecision = day !== null ? "day" : month !== null ? "month" : "year";
  return { ok: true, date: { year, month, day, precision } };
}

/** The canonical text form: "2020", "2020-02" or "2024-02-29". */
export function formatPublicationIso(date: PublicationDate): string {
  const parts = [String(date.year).padStart(4, "0")];
  if (date.month !== null) parts.push(pad2(date.month));
  if (date.month !== null && date.day !== null) parts.push(pad2(date.day));
  return parts.join("-");
}

/** For people: "2020", "February 2020" or "29 February 2024". */
export function formatPublicationDate(date: PublicationDate): string {
  if (date.month === null) return String(date.year);
  const month = MONTHS[date.month - 1];
  return date.day === null ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}

/** The first day the date covers, as a UTC midnight (how the database stores it). */
export function firstDayOf(date: PublicationDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** The first day after the period the date covers (its end, exclusive), as a UTC midnight. */
export function firstDayAfter(date: PublicationDate): Date {
  if (date.month === null) return new Date(Date.UTC(date.year + 1, 0, 1));
  if (date.day === null) return new Date(Date.UTC(date.year, date.month, 1));
  return new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
}

/** Rebuilds a publication date from its stored first day and precision. */
export function fromStored(firstDay: Date, precision: PublicationPrecision): PublicationDate {
  return {
    year: firstDay.getUTCFullYear(),
    month: precision === "year" ? null : firstDay.getUTCMonth() + 1,
    day: precision === "day" ? firstDay.getUTCDate() : null,
    precision,
  };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
