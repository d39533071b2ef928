import Link from "next/link";
import { pageCount, type Page } from "@/lib/pagination";

/**
 * "Page 2 of 5" with previous and next links that keep the rest of the query; "of 50 or more"
 * when the total was counted only so far (`totalCapped`), with a next link while pages are full.
 */
export function PaginationNav({
  page,
  basePath,
  query = {},
}: {
  page: Page<unknown> & { totalCapped?: boolean };
  basePath: string;
  /** Filters the links keep (the list's search words, kind…). */
  query?: Record<string, string>;
}) {
  const pages = pageCount(page);
  const more = page.totalCapped === true && page.items.length === page.pageSize;
  if (pages <= 1 && !more) return null;
  const href = (n: number) => `${basePath}?${new URLSearchParams({ ...query, page: String(n) })}`;
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-4 text-sm">
      {page.page > 1 ? (
        <Link href={href(page.page - 1)} rel="prev" className="underline">
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-600">
        Page {page.page} of {pages}
        {page.totalCapped ? " or more" : ""}
      </span>
      {page.page < pages || more ? (
        <Link href={href(page.page + 1)} rel="next" className="underline">
          Older →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
