import type { ClaimMethod } from "@/lib/claims/claim-methods";
import type { QuestionKind } from "@/lib/questions/question-kinds";

export interface SampleClaim {
  /** The sample source (seed/corpus file) that asserts it. */
  file: string;
  question: { subject: string; measure: string; kind: QuestionKind; scope?: string };
  /** Words of the source, as a person would type them; the stored passage takes the text's own. */
  quote: string;
  stated: string;
  /** Who the source attributes the figure to; omitted when the source speaks for itself. */
  origin?: string;
  method: ClaimMethod;
  note?: string;
}

const ARMINFO = "arminfo-sumgait-ombudsman.txt";
const MFA = "artsakh-mfa-baku-pogroms.txt";
const POLATOV = "polatov-armenian-genocide-in-azerbaijan.txt";

const PROSECUTOR = "USSR Prosecutor General's Office";
const ARTSAKH_MFA = "Artsakh Ministry of Foreign Affairs";

const SUMGAIT_KILLED = {
  subject: "Sumgait pogrom",
  measure: "Armenians killed",
  kind: "count",
  scope: "whole event",
} as const;
const SUMGAIT_INJURED = {
  subject: "Sumgait pogrom",
  measure: "people injured",
  kind: "count",
  scope: "whole event",
} as const;
const SUMGAIT_DATES = { subject: "Sumgait pogrom", measure: "dates", kind: "date" } as const;
const BAKU_DATES = { subject: "Baku pogrom", measure: "dates", kind: "date" } as const;
const RING_DATES = { subject: "Operation Ring", measure: "dates", kind: "date" } as const;

/**
 * The claims an editor recorded by hand in the sample corpus. Attributions follow the texts'
 * own words; where two texts name one origin differently, the note says so.
 */
export const SAMPLE_CLAIMS: SampleClaim[] = [
  {
    file: ARMINFO,
    question: SUMGAIT_KILLED,
    quote:
      "According to official data from the USSR Prosecutor General's Office, 26 citizens of Armenian nationality were killed in the riots",
    stated: "26 citizens of Armenian nationality",
    origin: PROSECUTOR,
    method: "official_count",
  },
  {
    file: POLATOV,
    question: SUMGAIT_KILLED,
    quote:
      "According to official Soviet data, 26 Armenian nationals were killed in Sumgait over three days",
    stated: "26 Armenian nationals",
    origin: PROSECUTOR,
    method: "official_count",
    note: "The text says “official Soviet data”; recorded as the official count that ArmInfo attributes to the USSR Prosecutor General's Office.",
  },
  {
    file: ARMINFO,
    question: SUMGAIT_KILLED,
    quote: "According to unofficial estimates, hundreds of Armenians were killed.",
    stated: "hundreds of Armenians",
    origin: "Unofficial estimates (not named)",
    method: "estimate",
  },
  {
    file: POLATOV,
    question: {
      subject: "Sumgait pogrom",
      measure: "Armenians killed",
      kind: "count",
      scope: "in one night",
    },
    quote:
      "In just one night in the industrial center - Sumgait, more than 100 Armenians were killed.",
    stated: "more than 100 Armenians",
    origin: "Andrey Konchalovsky, film “Heydar Aliyev. The Burden of Power”",
    method: "other",
    note: "Quoted from a documentary film; covers one night, not the whole event.",
  },
  {
    file: ARMINFO,
    question: SUMGAIT_INJURED,
    quote: "more than a hundred people were injured",
    stated: "more than a hundred people",
    origin: PROSECUTOR,
    method: "official_count",
  },
  {
    file: POLATOV,
    question: SUMGAIT_INJURED,
    quote: "hundreds were wounded and maimed",
    stated: "hundreds",
    origin: PROSECUTOR,
    method: "official_count",
    note: "Same sentence as the official death toll, attributed to “official Soviet data”.",
  },
  {
    file: ARMINFO,
    question: SUMGAIT_DATES,
    quote:
      "ethnic cleansing occurred in the city of Sumgait, Azerbaijan SSR on February 27-29, 1988",
    stated: "February 27-29, 1988",
    method: "other",
  },
  {
    file: POLATOV,
    question: SUMGAIT_DATES,
    quote: "The Sumgait massacre lasted three days, from February 27 to February 29, 1988.",
    stated: "from February 27 to February 29, 1988",
    method: "other",
  },
  {
    file: POLATOV,
    question: { subject: "Sumgait pogrom", measure: "rioters", kind: "count" },
    quote: "Of the more than 1000 Sumgait rioters, only about 90 people were brought to trial",
    stated: "more than 1000 Sumgait rioters",
    method: "other",
  },
  {
    file: POLATOV,
    question: { subject: "Sumgait pogrom", measure: "people brought to trial", kind: "count" },
    quote: "only about 90 people were brought to trial—predominantly teenagers and young men",
    stated: "about 90 people",
    method: "other",
  },
  {
    file: MFA,
    question: BAKU_DATES,
    quote: "continued for a whole week – from 13 to 20 January 1990",
    stated: "from 13 to 20 January 1990",
    origin: ARTSAKH_MFA,
    method: "other",
  },
  {
    file: MFA,
    question: BAKU_DATES,
    quote:
      "Thirty-three years ago, murders, robberies, violence and atrocities committed with exceptional cruelty",
    stated: "Thirty-three years ago",
    origin: ARTSAKH_MFA,
    method: "other",
    note: "Relative to the statement's publication (January 2023).",
  },
  {
    file: POLATOV,
    question: BAKU_DATES,
    quote: "The mass murders and final deportation of Armenians in Baku in January 1990",
    stated: "January 1990",
    method: "other",
  },
  {
    file: MFA,
    question: { subject: "Baku pogrom", measure: "people killed", kind: "count" },
    quote:
      "According to various sources, between 150 and 300 people were killed as a result of this inhuman crime.",
    stated: "between 150 and 300 people",
    origin: "Various sources (not named)",
    method: "estimate",
  },
  {
    file: POLATOV,
    question: RING_DATES,
    quote:
      "in April-August 1991, OMON units of the Ministry of Internal Affairs of the Azerbaijani SSR",
    stated: "April-August 1991",
    method: "other",
  },
  {
    file: MFA,
    question: RING_DATES,
    quote:
      'including operation "Ring" on the deportation of Armenians from the border villages of Artsakh in 1991',
    stated: "1991",
    origin: ARTSAKH_MFA,
    method: "other",
  },
  {
    file: POLATOV,
    question: { subject: "Kirovabad pogrom", measure: "date", kind: "date" },
    quote:
      "In November 1988, a second wave of Armenian pogroms began in Azerbaijan; the largest of them occurred in Kirovabad",
    stated: "November 1988",
    method: "other",
  },
  {
    file: POLATOV,
    question: { subject: "Kirovabad pogrom", measure: "Armenians deported", kind: "count" },
    quote: "as well as the 52,000 Armenian population of Kirovabad (Gandzak), were also deported",
    stated: "52,000 Armenian population",
    method: "other",
  },
];
