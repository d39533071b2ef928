import type { Prisma } from "@/generated/prisma/client";

/** The columns of a question every view shows: what it measures, in what scope, of what subject. */
export const questionHeaderSelect = {
  id: true,
  measure: true,
  kind: true,
  unit: true,
  scope: true,
  subject: { select: { id: true, name: true } },
} satisfies Prisma.QuestionSelect;
