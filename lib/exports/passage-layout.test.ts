import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { locatePassageIn } from "@/lib/citations/passage-location";
import { locateInLayout, textLayout } from "./passage-layout";

describe("locateInLayout", () => {
  test.each([
    ["One.\n\nTwo words.\n\nThree.", 6, 9, { paragraph: 2, codePointStart: 6, codePointEnd: 9 }],
    ["😀 first\n\n😀😀 second", 16, 22, { paragraph: 2, codePointStart: 13, codePointEnd: 19 }],
    ["no paragraphs at all", 3, 5, { paragraph: 1, codePointStart: 3, codePointEnd: 5 }],
  ])("%j [%i, %i)", (text, start, end, expected) => {
    expect(locateInLayout(textLayout(text), start, end)).toEqual(expected);
  });

  test("agrees with locatePassageIn, which reads the text itself", () => {
    const piece = fc.constantFrom(
      "word",
      " ",
      "\n",
      "\n\n",
      " \n \n",
      "😀",
      "é",
      "\r\n\r\n",
      "\u2029",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join("");
        // Offsets at code-point boundaries, as stored passages are.
        const boundaries = [...text].reduce<number[]>(
          (list, character) => [...list, (list.at(-1) ?? 0) + character.length],
          [0],
        );
        const start = boundaries[a % boundaries.length] ?? 0;
        const end = Math.max(start, boundaries[b % boundaries.length] ?? 0);
        expect(locateInLayout(textLayout(text), start, end)).toEqual(
          locatePassageIn(text, start, end),
        );
      }),
    );
  });
});
