import "server-only";
import type { PassageLocation } from "@/lib/citations/passage-location";
import { db } from "@/lib/db/client";
import { locateInLayout, textLayout, type TextLayout } from "./passage-layout";

// Texts read per query: at most 5 MB each, so a query holds at most this many times that.
const TEXTS_PER_QUERY = 16;

/**
 * The layouts of the source texts an export meets, read as needed and kept for the most recently
 * used `capacity` sources (a layout is a few numbers per paragraph; the text itself is dropped).
 */
export class LayoutCache {
  private readonly layouts = new Map<string, TextLayout>();

  constructor(private readonly capacity = 512) {}

  /** Reads the layouts of these sources that are not at hand yet. */
  async load(sourceIds: readonly string[]): Promise<void> {
    const missing = [...new Set(sourceIds)].filter((id) => !this.touch(id));
    for (let start = 0; start < missing.length; start += TEXTS_PER_QUERY) {
      const rows = await db.source.findMany({
        where: { id: { in: missing.slice(start, start + TEXTS_PER_QUERY) } },
        select: { id: true, text: true },
      });
      for (const row of rows) this.put(row.id, textLayout(row.text));
    }
  }

  /** Where [start, end) stands in a loaded source's text; paragraph 1 if it was not loaded. */
  locate(sourceId: string, start: number, end: number): PassageLocation {
    const layout = this.layouts.get(sourceId);
    return layout
      ? locateInLayout(layout, start, end)
      : { paragraph: 1, codePointStart: start, codePointEnd: end };
  }

  private touch(id: string): boolean {
    const layout = this.layouts.get(id);
    if (!layout) return false;
    this.layouts.delete(id);
    this.layouts.set(id, layout);
    return true;
  }

  private put(id: string, layout: TextLayout): void {
    this.layouts.set(id, layout);
    if (this.layouts.size > this.capacity) {
      const oldest = this.layouts.keys().next().value;
      if (oldest !== undefined) this.layouts.delete(oldest);
    }
  }
}
