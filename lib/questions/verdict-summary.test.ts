import { describe, expect, it } from "vitest";
import type { ClaimRecord } from "./comparison-types";
import { claimRecord as c } from "./claim-record-fixture";
import { questionVerdict } from "./question-verdict";

const cases: Array<[string, ClaimRecord[], string]> = [
  ["no claims", [], "No published claims yet."],
  [
    "one source on its own",
    [c("a", "26", { title: "Arminfo" })],
    "One source only — “Arminfo”: 26. Nothing independent to compare it with.",
  ],
  [
    "one origin relayed by two sources with the same figure",
    [c("a", "26", { origin: "USSR Prosecutor" }), c("b", "26", { origin: "USSR Prosecutor" })],
    "One origin only — USSR Prosecutor, relayed by 2 sources: 26. Nothing independent to compare it with.",
  ],
  [
    "relays in their own words, then the common range labelled as such",
    [
      c("a", "more than a hundred", { origin: "Witnesses", title: "Film" }),
      c("b", "hundreds", { origin: "Witnesses", title: "Memoir" }),
    ],
    "One origin only — Witnesses, relayed by 2 sources: “more than a hundred” (Film); “hundreds” (Memoir); common range 200–999. Nothing independent to compare it with.",
  ],
  [
    "independent origins that agree",
    [c("a", "more than a hundred"), c("b", "hundreds")],
    "Sources agree: 2 claims from 2 independent origins all allow 200–999.",
  ],
  [
    "divergence with a vague end says “at least”",
    [
      c("a", "26", { origin: "Prosecutor", method: "official_count" }),
      c("b", "26", { origin: "Prosecutor", method: "official_count" }),
      c("c", "hundreds", { method: "estimate" }),
    ],
    "Sources diverge: 26 (official count; 2 sources, 1 origin) vs hundreds (estimate; 1 source) — at least 7.6 times apart.",
  ],
  [
    "a group whose claims word it differently is named by their words and its common range",
    [
      c("a", "26"),
      c("b", "more than a hundred", { method: "testimony" }),
      c("c", "hundreds", { method: "testimony" }),
    ],
    "Sources diverge: 26 (1 source) vs “more than a hundred”; “hundreds”; common range 200–999 (testimony; 2 sources) — at least 7.6 times apart.",
  ],
  [
    "one source carrying two incompatible figures from different origins is named",
    [
      c("a", "26", { origin: "Prosecutor", source: "times", title: "Times" }),
      c("b", "hundreds", { origin: "Witnesses", source: "times", title: "Times" }),
      c("c", "26", { origin: "Prosecutor", source: "post", title: "Post" }),
    ],
    "Sources diverge: 26 (2 sources, 1 origin) vs hundreds (1 source) — at least 7.6 times apart. “Times” reports both 26 (from Prosecutor) and hundreds (from Witnesses): its origins diverge.",
  ],
  [
    "all claims from one source: its origins diverge",
    [
      c("a", "26", { origin: "Prosecutor", source: "times", title: "Times" }),
      c("b", "hundreds", { origin: "Witnesses", source: "times", title: "Times" }),
    ],
    "The origins “Times” cites diverge: 26 (from Prosecutor) vs hundreds (from Witnesses) — at least 7.6 times apart.",
  ],
  [
    "relays of one origin that disagree",
    [c("a", "26", { origin: "Prosecutor" }), c("b", "32", { origin: "Prosecutor" })],
    "Relays of one origin, Prosecutor, diverge (one of them misquotes it): 26 (1 source) vs 32 (1 source) — close, but no figure fits both (26 against 32).",
  ],
  [
    "drafts are left out of the sentence",
    [c("a", "26"), c("b", "hundreds", { status: "draft" })],
    "One source only — “source-a”: 26. Nothing independent to compare it with.",
  ],
];

describe("the verdict sentence", () => {
  it.each(cases)("%s", (_name, claims, expected) => {
    expect(questionVerdict("count", claims).summary).toBe(expected);
  });
});
