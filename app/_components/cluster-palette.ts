// The Okabe–Ito palette: told apart with the common forms of colour blindness. Colour is never
// the only cue: every use also names the group ("Group 1"). Groups past the seventh reuse colours.

export interface ClusterColour {
  /** Bars, swatches and cell borders. */
  fill: string;
  /** Text on `fill` that keeps at least 4.5:1 contrast. */
  onFill: string;
  /** A light wash for cell and card backgrounds, dark text on top. */
  tint: string;
}

const OKABE_ITO: readonly ClusterColour[] = [
  { fill: "#0072B2", onFill: "#FFFFFF", tint: "#D6E8F3" },
  { fill: "#E69F00", onFill: "#000000", tint: "#FBF0D6" },
  { fill: "#009E73", onFill: "#000000", tint: "#D6EFE9" },
  { fill: "#CC79A7", onFill: "#000000", tint: "#F7EAF1" },
  { fill: "#D55E00", onFill: "#000000", tint: "#F8E5D6" },
  { fill: "#56B4E9", onFill: "#000000", tint: "#E4F3FB" },
  { fill: "#F0E442", onFill: "#000000", tint: "#FDFBE1" },
];

/** Drafts are shown but not counted, so they get no group colour. */
export const DRAFT_COLOUR: ClusterColour = { fill: "#A8A29E", onFill: "#000000", tint: "#F5F5F4" };

/** The colour of group `index` (0-based, as in verdict.clusters); null means a draft. */
export function clusterColour(index: number | null): ClusterColour {
  if (index === null) return DRAFT_COLOUR;
  return OKABE_ITO[index % OKABE_ITO.length] ?? DRAFT_COLOUR;
}

/** What people read for group `index`: "Group 1". */
export function groupName(index: number): string {
  return `Group ${index + 1}`;
}
