import { formatPublicationDate, parsePublicationDate } from "@/lib/sources/publication-date";

/** A stored publication date ("2020-02") as people read it ("February 2020"), in a <time>. */
export function PublicationDateText({ value }: { value: string | null }) {
  if (!value) return <span className="text-stone-500">date unknown</span>;
  const parsed = parsePublicationDate(value);
  return <time dateTime={value}>{parsed.ok ? formatPublicationDate(parsed.date) : value}</time>;
}
