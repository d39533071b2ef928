"use client";

import { useCallback, useEffect, useState } from "react";

const KEY = "crosscheck.passage-target";

/** The claim that selected words are added to as another passage, across source pages. */
export interface PassageTarget {
  claimId: string;
  /** How the claim is shown: "Sumgait pogrom — Armenians killed: 26 citizens". */
  label: string;
}

/**
 * The claim the editor is gathering passages for, kept in this tab's session storage so that
 * words selected on another source's page can be added to it too. Null when none.
 */
export function usePassageTarget(): [PassageTarget | null, (target: PassageTarget | null) => void] {
  const [target, setTarget] = useState<PassageTarget | null>(null);
  useEffect(() => {
    // Read after mounting: the server has no session storage, and the first render must match.
    const stored = read();
    if (stored) queueMicrotask(() => setTarget(stored));
  }, []);
  const update = useCallback((next: PassageTarget | null) => {
    setTarget(next);
    try {
      if (next) sessionStorage.setItem(KEY, JSON.stringify(next));
      else sessionStorage.removeItem(KEY);
    } catch {
      // Storage refused (private mode, full): the target lasts for this page only.
    }
  }, []);
  return [target, update];
}

function read(): PassageTarget | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as unknown;
    if (value && typeof value === "object" && "claimId" in value && "label" in value)
      return { claimId: String(value.claimId), label: String(value.label) };
  } catch {
    // Not JSON, or no storage: no target.
  }
  return null;
}
