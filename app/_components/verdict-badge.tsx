import type { VerdictStatus } from "@/lib/agreement/verdict";

const BADGES: Record<VerdictStatus, { symbol: string; text: string; className: string }> = {
  diverge: {
    symbol: "≠",
    text: "Sources diverge",
    className: "border-orange-300 bg-orange-50 text-orange-950",
  },
  agree: { symbol: "=", text: "Sources agree", className: "border-sky-300 bg-sky-50 text-sky-950" },
  single: {
    symbol: "•",
    text: "Single origin",
    className: "border-stone-300 bg-stone-100 text-stone-800",
  },
  none: {
    symbol: "–",
    text: "No claims yet",
    className: "border-dashed border-stone-300 bg-white text-stone-600",
  },
};

/** The verdict as a labelled badge: a symbol, words and a colour, never the colour alone. */
export function VerdictBadge({ status }: { status: VerdictStatus }) {
  const badge = BADGES[status];
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-medium whitespace-nowrap ${badge.className}`}
    >
      <span aria-hidden className="font-semibold">
        {badge.symbol}
      </span>
      {badge.text}
    </span>
  );
}
