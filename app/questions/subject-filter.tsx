"use client";

import { useState, useSyncExternalStore } from "react";
import { useServerMatches } from "@/app/_components/use-server-matches";

type Option = { value: string; label: string };

/** How many subjects the filter offers for what is typed. */
const SHOWN = 20;

const noSubscription = () => () => {};

/**
 * The /questions subject filter. A select of the page's first subjects works without
 * JavaScript; once the page runs, a box above it finds any subject on the server
 * (GET /api/v1/subjects?q=) and the select offers the matches, so an archive with more subjects
 * than a page holds can still be filtered by each. The chosen subject stays offered.
 */
export function SubjectFilter(props: { value: string | undefined; options: readonly Option[] }) {
  // The find box is drawn only where it works: not in the HTML a browser without scripts shows.
  const running = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState<Option | null>(
    props.options.find((option) => option.value === props.value) ?? null,
  );
  const found = useServerMatches<{ id: string; name: string }>("/api/v1/subjects", search, SHOWN);
  const matches = found?.map((subject) => ({ value: subject.id, label: subject.name }));
  const offered = matches ?? props.options;
  const options =
    chosen && !offered.some((option) => option.value === chosen.value)
      ? [chosen, ...offered]
      : offered;

  return (
    // Its fields are items of the form's own row; the count of matches goes on a line of its own
    // below the row.
    <div className="contents">
      {running ? (
        <label className="space-y-1 text-sm">
          <span className="block font-medium text-stone-800">Find a subject</span>
          <input
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="Words of its name"
            className="block rounded border border-stone-300 bg-white px-2 py-1.5"
          />
        </label>
      ) : null}
      <label className="space-y-1 text-sm">
        <span className="block font-medium text-stone-800">Subject</span>
        <select
          name="subject"
          value={chosen?.value ?? ""}
          onChange={(event) =>
            setChosen(options.find((option) => option.value === event.target.value) ?? null)
          }
          className="block rounded border border-stone-300 bg-white px-2 py-1.5"
        >
          <option value="">All subjects</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      {matches ? (
        <p role="status" className="order-last basis-full text-sm text-stone-600">
          {matches.length === 0
            ? "No subject has those words."
            : matches.length === SHOWN
              ? `The first ${SHOWN} subjects with those words, A to Z; more words narrow them.`
              : `${matches.length} ${matches.length === 1 ? "subject has" : "subjects have"} those words.`}
        </p>
      ) : null}
    </div>
  );
}
