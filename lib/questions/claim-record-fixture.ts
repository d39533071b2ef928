import { parseDate } from "@/lib/values/parse-date";
import { parseQuantity } from "@/lib/values/parse-quantity";
import type { ClaimRecord } from "./comparison-types";

type Extra = Partial<Omit<ClaimRecord, "origin" | "source">> & {
  origin?: string | null;
  source?: string;
  title?: string;
  published?: string | null;
};

/**
 * A claim as the data layer returns it, built in memory for unit tests: its value is read from
 * `stated` by the real parsers; the origin and source are named by id (the name is the id).
 */
export function claimRecord(id: string, stated: string, extra: Extra = {}): ClaimRecord {
  const { origin = null, source = `source-${id}`, title, published = null, ...rest } = extra;
  const parsed = /\d{4}|january|february|march|april|november/i.test(stated)
    ? parseDate(stated)
    : parseQuantity(stated);
  if (!parsed.ok) throw new Error(`fixture “${stated}”: ${parsed.reason}`);
  return {
    id,
    questionId: "q",
    stated,
    value: parsed.value,
    parsedValue: parsed.value,
    override: null,
    unreadable: false,
    method: "other",
    status: "published",
    asOf: null,
    note: null,
    version: 1,
    origin: origin === null ? null : { id: origin, name: origin },
    source: {
      id: source,
      title: title ?? source,
      publisher: null,
      published,
      kind: "news_article",
    },
    passages: [],
    ...rest,
  };
}
