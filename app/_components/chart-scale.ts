import { calendarDay, dayNumber } from "@/lib/values/calendar";

export type ScaleKind = "linear" | "log" | "time";

export interface Tick {
  /** 0 (left edge of the plot) to 1 (right edge). */
  at: number;
  label: string;
}

export interface ChartScale {
  kind: ScaleKind;
  /** Where a value falls, 0 to 1, clamped to the plot. */
  position: (value: number) => number;
  ticks: Tick[];
}

export interface ScaleInput {
  /** Every finite end the chart draws: numbers, or day numbers for dates. */
  values: number[];
  /** Whether some bar runs off to the left or right: leave room for its arrow. */
  openLow: boolean;
  openHigh: boolean;
  measure: "quantity" | "date";
}

/** Above this ratio between the largest and smallest value, a log scale keeps both readable. */
export const LOG_RATIO = 20;
const MAX_TICKS = 6;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const plain = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });

/**
 * The horizontal scale of a range chart: a time axis for dates; a log scale when all values are
 * positive and span more than LOG_RATIO times (26 beside 999 would otherwise crush 26 to the
 * edge); linear otherwise. The domain is padded, more on a side where a bar has no end.
 */
export function chooseScale({ values, openLow, openHigh, measure }: ScaleInput): ChartScale {
  const finite = values.filter(Number.isFinite);
  const min = finite.length ? Math.min(...finite) : 0;
  const max = finite.length ? Math.max(...finite) : 1;
  if (measure === "date") return timeScale(...pad(min, max, openLow, openHigh, 10));
  if (min > 0 && max / min > LOG_RATIO) {
    return logScale(...pad(Math.log10(min), Math.log10(max), openLow, openHigh, 1));
  }
  // Counts are read from zero: a lone figure, or figures far apart, sit on an axis from 0.
  const fromZero = min >= 0 && !openLow && (min === max || min < max / 2);
  const [low, high] = pad(fromZero ? 0 : min, max, openLow, openHigh, Math.max(max * 0.2, 2));
  return linearScale(min >= 0 ? Math.max(0, low) : low, high);
}

function linearScale(low: number, high: number): ChartScale {
  const position = (value: number) => clamp01((value - low) / (high - low));
  const step = niceStep((high - low) / (MAX_TICKS - 1));
  const ticks: Tick[] = [];
  for (let v = Math.ceil(low / step) * step; v <= high; v += step) {
    ticks.push({ at: position(v), label: tickNumber(Math.round(v * 1e6) / 1e6) });
  }
  return { kind: "linear", position, ticks };
}

// `low` and `high` are powers of ten. Ticks at 1, 2 and 5 of each decade, thinned when crowded.
function logScale(low: number, high: number): ChartScale {
  const position = (value: number) =>
    value <= 0 ? 0 : clamp01((Math.log10(value) - low) / (high - low));
  const pick = (multiples: number[]) => {
    const values: number[] = [];
    for (let decade = Math.floor(low); decade <= Math.ceil(high); decade += 1) {
      for (const m of multiples) {
        const v = m * 10 ** decade;
        const log = Math.log10(v);
        if (log >= low && log <= high) values.push(v);
      }
    }
    return values;
  };
  let values = pick([1, 2, 5]);
  if (values.length > MAX_TICKS) values = pick([1]);
  if (values.length > MAX_TICKS) values = values.filter((v) => Math.round(Math.log10(v)) % 2 === 0);
  return {
    kind: "log",
    position,
    ticks: values.map((v) => ({ at: position(v), label: tickNumber(v) })),
  };
}

// Day numbers; ticks on whole days, months or years, whichever gives a handful.
function timeScale(low: number, high: number): ChartScale {
  const position = (day: number) => clamp01((day - low) / (high - low));
  const span = high - low;
  const days: { day: number; label: string }[] = [];
  if (span <= 60) {
    const step = [1, 2, 5, 7, 14].find((s) => span / s <= MAX_TICKS) ?? 14;
    for (let d = Math.ceil(low); d <= high; d += step) {
      const c = calendarDay(d);
      days.push({
        day: d,
        label: `${c.day} ${MONTHS[c.month - 1]}${days.length ? "" : ` ${c.year}`}`,
      });
    }
  } else if (span <= 1100) {
    const step = [1, 2, 3, 6, 12].find((s) => span / 30.4 / s <= MAX_TICKS) ?? 12;
    const first = calendarDay(Math.ceil(low));
    let index = first.year * 12 + first.month - (first.day === 1 ? 1 : 0);
    index = Math.ceil(index / step) * step;
    for (; ; index += step) {
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      const d = dayNumber({ year, month, day: 1 });
      if (d > high) break;
      const label =
        month === 1 || !days.length ? `${MONTHS[month - 1]} ${year}` : MONTHS[month - 1];
      days.push({ day: d, label: label ?? "" });
    }
  } else {
    const years = span / 365.25;
    const step = [1, 2, 5, 10, 20, 50, 100, 200, 500].find((s) => years / s <= MAX_TICKS) ?? 1000;
    const firstYear = calendarDay(Math.ceil(low)).year;
    for (let year = Math.ceil(firstYear / step) * step; ; year += step) {
      const d = dayNumber({ year, month: 1, day: 1 });
      if (d > high) break;
      if (d >= low) days.push({ day: d, label: String(year) });
    }
  }
  return {
    kind: "time",
    position,
    ticks: days.map(({ day, label }) => ({ at: position(day), label })),
  };
}

// Room on each side: a little around the values, more where an arrow runs to the edge; values
// closer together than `minSpan` are centred in a domain that wide.
function pad(
  min: number,
  max: number,
  openLow: boolean,
  openHigh: boolean,
  minSpan: number,
): [number, number] {
  const span = Math.max(max - min, minSpan);
  const widen = (span - (max - min)) / 2;
  return [
    min - widen - span * (openLow ? 0.25 : 0.06),
    max + widen + span * (openHigh ? 0.25 : 0.06),
  ];
}

// "1,000" in full; "20K" and "1.5M" short enough for a phone's axis.
function tickNumber(value: number): string {
  return Math.abs(value) < 10_000 ? plain.format(value) : compact.format(value);
}

function niceStep(raw: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const n = raw / magnitude;
  return (n < 1.5 ? 1 : n < 3 ? 2 : n < 7 ? 5 : 10) * magnitude;
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
