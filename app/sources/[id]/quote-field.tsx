"use client";

import type { Ref } from "react";
import type { Occurrence } from "@/lib/passages/resolve-passage";
import { lookUpQuote } from "./quote-lookup";

/** Where the passage is: offsets from a selection, or words the editor typed. */
export interface Quote {
  text: string;
  range: { start: number; end: number } | null;
}

interface Props {
  ref?: Ref<HTMLTextAreaElement>;
  text: string;
  quote: Quote;
  onChange: (quote: Quote) => void;
  errors: string[];
  /** Places the server found typed words at, when they occur more than once. */
  occurrences: Occurrence[];
}

/**
 * The passage: from a selection, or typed — keyboard users type the words, and the field says as
 * they type whether they are found once, several times (choose one) or not at all (with the
 * nearest words of the text to take instead).
 */
export function QuoteField({ ref, text, quote, onChange, errors, occurrences }: Props) {
  const lookup = quote.range ? null : lookUpQuote(text, quote.text);
  const places = lookup?.status === "repeated" ? lookup.occurrences : lookup ? [] : occurrences;
  const errorId = errors.length ? "new-claim-quote-error" : "";
  return (
    <div className="space-y-1">
      <label htmlFor="new-claim-quote" className="block text-sm font-medium text-stone-800">
        Passage{" "}
        <span aria-hidden className="text-red-700">
          *
        </span>
      </label>
      <p id="new-claim-quote-hint" className="text-sm text-stone-600">
        {quote.range
          ? "From your selection. Edit it to look up other words in the text."
          : "Type or paste the exact words; they are looked up in the text as you type."}
      </p>
      <textarea
        ref={ref}
        id="new-claim-quote"
        rows={4}
        value={quote.text}
        onChange={(e) => onChange({ text: e.target.value, range: null })}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={`new-claim-quote-hint new-claim-quote-found ${errorId}`.trim()}
        className={`block w-full rounded border bg-white px-3 py-2 font-serif ${errors.length ? "border-red-600" : "border-stone-300"}`}
      />
      <p id="new-claim-quote-found" aria-live="polite" className="text-sm text-stone-700">
        {lookup?.status === "found" ? "Found in the text." : null}
        {lookup?.status === "repeated" ? `Found ${lookup.count} times; choose one below.` : null}
        {lookup?.status === "missing"
          ? lookup.nearest
            ? "Not found in the text. The nearest words:"
            : "Not found in the text."
          : null}
      </p>
      {lookup?.status === "missing" && lookup.nearest ? (
        <button
          type="button"
          onClick={() => onChange({ text: lookup.nearest!.text, range: lookup.nearest })}
          className="min-h-6 text-left text-sm underline"
        >
          Use “{lookup.nearest.text}”
        </button>
      ) : null}
      {errors.length ? (
        <p id="new-claim-quote-error" role="alert" className="text-sm font-medium text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
      {places.length ? (
        <ul className="space-y-1 text-sm">
          {places.map((place) => (
            <li key={place.start}>
              <button
                type="button"
                onClick={() => onChange({ text: text.slice(place.start, place.end), range: place })}
                className="min-h-6 text-left underline"
              >
                Use this one: “…{place.context}…”
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
