"use client";

import { useEffect, useState } from "react";

/** Typing pauses this long before the server is asked. */
const DEBOUNCE_MS = 200;

/**
 * What the server lists for what someone typed (`path` with ?q= and ?limit=), once typing pauses
 * (until it answers anew, its answer to the words typed before stays); null while nothing is typed
 * or before its first answer. A page carries only the first few choices; every other one is found
 * on the server. Used by the claim form's pickers and the /questions subject filter.
 */
export function useServerMatches<T>(path: string, search: string, limit: number): T[] | null {
  const needle = search.trim();
  const [found, setFound] = useState<{ items: T[] } | null>(null);

  useEffect(() => {
    if (!needle) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const url = `${path}?${new URLSearchParams({ q: needle, limit: String(limit) })}`;
      fetch(url, { signal: controller.signal, headers: { accept: "application/json" } })
        .then((response) => (response.ok ? response.json() : { items: [] }))
        .then((body: { items: T[] }) => setFound({ items: body.items }))
        .catch(() => {
          // Aborted by newer typing, or offline: the previous list stays.
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [path, needle, limit]);

  if (!needle) return null;
  return found?.items ?? null;
}
