import { describe, expect, it } from "vitest";
import { furnitureReason, lowPriorityNotes, pageLayout } from "./figure-noise";

function reasonFor(text: string, words: string, kind: "quantity" | "date" = "quantity") {
  const start = text.indexOf(words);
  return furnitureReason(pageLayout(text), { start, end: start + words.length }, kind);
}

describe("furnitureReason", () => {
  it.each([
    [
      "a phone number",
      "Call toll-free 1-866-512-1800 today.",
      "866",
      "quantity",
      "a phone number or identifier",
    ],
    [
      "a local phone number",
      "D.C. area 202-512-1800.",
      "202",
      "quantity",
      "a phone number or identifier",
    ],
    [
      "an ISBN",
      "ISBN 978-0-16-094172-6 is out.",
      "978",
      "quantity",
      "a phone number or identifier",
    ],
    ["a digit glued to letters", "• 16x9 Image", "9", "quantity", "part of a code or identifier"],
    ["a list number", "Facts:\n2. The army came.", "2", "quantity", "a list number"],
    [
      "a year in a web address",
      "See www.example.org/2019/report for more.",
      "2019",
      "date",
      "part of an address",
    ],
    ["a copyright year", "© 2013 ABC News Radio", "2013", "date", "a copyright year"],
    [
      "a timestamp with seconds",
      "• 29-02-2024 15:03:37 | Armenia | Social",
      "29-02-2024 15:03:37",
      "date",
      "a timestamp",
    ],
    [
      "a labelled timestamp",
      "Published: 06 Jul 2019 11:15 AM BdST Updated: later",
      "06 Jul 2019 11:15 AM",
      "date",
      "a timestamp",
    ],
    [
      "a dateline alone on its line",
      "Headline\n05 May 2009\nOfficials said 30 died.",
      "05 May 2009",
      "date",
      "a date alone on its line",
    ],
    [
      "a line in another script",
      "Officials said 30 people died in the city.\nالثلاثاء، 2 ديسمبر 2014",
      "2",
      "quantity",
      "a line in another script",
    ],
  ] as const)("skips %s", (_name, text, words, kind, reason) => {
    expect(reasonFor(text, words, kind)).toBe(reason);
  });

  it.each([
    ["a count in a sentence", "Officials said 26 people were killed.", "26", "quantity"],
    ["a count with a currency sign", "The budget is $1.1 billion.", "1.1 billion", "quantity"],
    [
      "a range of figures",
      "Between 150 and 300 people, 27-29 of them children.",
      "150",
      "quantity",
    ],
    [
      "a date range with times of day, in a sentence",
      "There were 305 tornadoes from 8:00 a.m. EDT April 25 to 8:00 a.m. April 28, 2011, NOAA said.",
      "from 8:00 a.m. EDT April 25 to 8:00 a.m. April 28, 2011",
      "date",
    ],
    ["a year in a sentence", "The regiment fought there in 1992.", "1992", "date"],
  ] as const)("keeps %s", (_name, text, words, kind) => {
    expect(reasonFor(text, words, kind)).toBeNull();
  });
});

describe("lowPriorityNotes", () => {
  it.each([
    ["a span of time", "The massacre lasted three days.", "three", true, ["a span of time"]],
    [
      "a figure counting who speaks",
      "One official said that 30 died.",
      "One",
      false,
      ["counts who speaks"],
    ],
    ["a heading", "Militants Kill 27 in Afghanistan", "27", false, ["in a heading or menu line"]],
    [
      "a caption repeated as its own alt text",
      "Two Rohingya children at the camp, June 9, 2023.\nTwo Rohingya children at the camp, June 9, 2023.\nBody.",
      "Two",
      false,
      ["in a line repeated word for word (a caption?)"],
    ],
    ["a figure in a sentence", "Officials said 26 people were killed.", "26", false, []],
  ] as const)("%s", (_name, text, words, isDuration, notes) => {
    const start = text.indexOf(words);
    const end = start + words.length;
    const countedEnd = text.indexOf(" ", end + 1) === -1 ? text.length : text.indexOf(" ", end + 1);
    expect(lowPriorityNotes(pageLayout(text), { start, end }, countedEnd, isDuration)).toEqual(
      notes,
    );
  });
});
