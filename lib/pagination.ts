import { z } from "zod";

/** ?page=2&pageSize=20, shared by list pages and list endpoints. */
export const PageQuerySchema = z.object({
  page: z.coerce
    .number({ error: "page must be a number" })
    .int("page must be a whole number")
    .min(1, "page starts at 1")
    .max(100_000, "page is too large")
    .default(1),
  pageSize: z.coerce
    .number({ error: "pageSize must be a number" })
    .int("pageSize must be a whole number")
    .min(1, "pageSize is at least 1")
    .max(100, "pageSize is at most 100")
    .default(20),
});

export type PageQuery = z.output<typeof PageQuerySchema>;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Number of pages needed for `total` items (at least one, so "page 1 of 1" reads well). */
export function pageCount(page: Pick<Page<unknown>, "total" | "pageSize">): number {
  return Math.max(1, Math.ceil(page.total / page.pageSize));
}
