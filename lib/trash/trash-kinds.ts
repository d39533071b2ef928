import { z } from "zod";

/** The kinds of record the trash holds. */
export const TRASH_KINDS = ["source", "question", "claim"] as const;
export type TrashKind = (typeof TRASH_KINDS)[number];

/** ?kind=source|question|claim&page= of the trash list (page and API). */
export const TrashQuerySchema = z.object({
  kind: z.enum(TRASH_KINDS, { error: "kind is source, question or claim" }).default("source"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
