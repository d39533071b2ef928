import { TRASH_KINDS, type TrashKind } from "@/lib/trash/trash-kinds";

/** The kind named in a trash address, or null. */
export function trashKindOf(value: string): TrashKind | null {
  const singular = value.replace(/s$/, "");
  return (TRASH_KINDS as readonly string[]).includes(singular) ? (singular as TrashKind) : null;
}
