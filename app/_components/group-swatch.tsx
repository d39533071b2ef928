import { clusterColour, groupName } from "./cluster-palette";

/** A group's colour with its name beside it, so the colour is never the only cue. */
export function GroupSwatch({ index, label }: { index: number | null; label?: string }) {
  const colour = clusterColour(index);
  return (
    <span className="inline-flex items-center gap-1.5">
      <span
        aria-hidden
        className="inline-block size-3 shrink-0 rounded-sm border border-stone-900/30"
        style={{ backgroundColor: colour.fill }}
      />
      <span>{label ?? (index === null ? "Draft — not counted" : groupName(index))}</span>
    </span>
  );
}
