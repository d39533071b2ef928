import type { Bound } from "./types";

/**
 * Reads interval notation used by the test tables: "[26, 26]", "(100, ∞)", "[0, 50)", "(-∞, 3]".
 * Square brackets include the end, round ones exclude it, ∞ is an open end.
 */
export function interval(notation: string): { low: Bound; high: Bound } {
  const match = /^([[(])\s*(-?∞|-?[\d.]+)\s*,\s*(∞|[\d.]+)\s*([\])])$/.exec(
    notation.replace(/_/g, ""),
  );
  if (!match) throw new Error(`bad interval notation: ${notation}`);
  const [, open, from = "", to = "", close] = match;
  const low = from.endsWith("∞") ? null : { value: Number(from), inclusive: open === "[" };
  const high = to === "∞" ? null : { value: Number(to), inclusive: close === "]" };
  return { low, high };
}
