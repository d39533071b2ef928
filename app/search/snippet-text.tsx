import type { Snippet } from "@/lib/search/snippet";

/** An excerpt with its matched words marked; every part is rendered as text, never as HTML. */
export function SnippetText({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippet.cutBefore ? "… " : null}
      {snippet.parts.map((part, i) =>
        part.hit ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-stone-950">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
      {snippet.cutAfter ? " …" : null}
    </>
  );
}
