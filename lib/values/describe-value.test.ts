import { describe, expect, it } from "vitest";
import { describeDays, describeValue } from "./describe-value";
import { parseDate } from "./parse-date";
import { parseQuantity } from "./parse-quantity";

function quantity(text: string) {
  const result = parseQuantity(text);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function date(text: string) {
  const result = parseDate(text, { reference: { year: 2023, month: 1 } });
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe("describeValue", () => {
  it.each([
    ["26", "26"],
    ["more than 100", "more than 100"],
    ["at least 26", "at least 26"],
    ["fewer than 50", "fewer than 50"],
    ["up to 300", "at most 300"],
    ["hundreds", "200–999 (hundreds)"],
    ["Hundreds", "200–999 (hundreds)"],
    ["about 90", "about 90 (81–99)"],
    ["between 150 and 300", "150–300"],
    ["the around 400,000", "about 400,000 (360,000–440,000)"],
    ["1.5 million", "1,500,000"],
  ])("%s → %s", (text, words) => {
    expect(describeValue(quantity(text))).toBe(words);
  });

  it.each([
    ["February 27-29, 1988", "27–29 Feb 1988"],
    ["On February 29, 1988", "29 Feb 1988"],
    ["In November 1988", "Nov 1988"],
    ["April-August 1991", "Apr–Aug 1991"],
    ["1988", "1988"],
    ["1988-1990", "1988–1990"],
    ["the 1980s", "1980s"],
    ["by the summer of 1988", "by Aug 1988"],
    ["since 1988", "from 1988 on"],
    ["Thirty-three years ago", "1990"],
    ["December 1989 to February 1990", "Dec 1989 – Feb 1990"],
    ["on the night of 31 January 1990", "31 Jan – 1 Feb 1990"],
  ])("%s → %s", (text, words) => {
    expect(describeValue(date(text))).toBe(words);
  });

  it("describes days across years and open ends", () => {
    expect(describeDays("1989-12-30", "1990-01-02")).toBe("30 Dec 1989 – 2 Jan 1990");
    expect(describeDays(null, null)).toBe("any date");
    expect(describeDays("1988-02-27", null)).toBe("from 27 Feb 1988 on");
  });
});
