import { expect, test } from "vitest";
import { explainRule } from "./explain-rule";
import { defaultRules } from "./rules";

test("a rule is shown with its description from the table", () => {
  expect(explainRule("vague.hundreds")).toBe(
    `vague.hundreds: ${defaultRules["vague.hundreds"].description}`,
  );
});

test("combined rules explain each part", () => {
  const explained = explainRule("bound.more-than+vague.hundreds");
  expect(explained).toContain(defaultRules["bound.more-than"].description);
  expect(explained).toContain(defaultRules["vague.hundreds"].description);
});

test("editor overrides and unknown ids read plainly", () => {
  expect(explainRule("editor.override")).toBe("set by an editor");
  expect(explainRule("no.such.rule")).toBe("no.such.rule");
});
