import { describe, expect, test } from "vitest";
import { APOLOGY, actionFailureMessage } from "./action-failure";

function withDigest(message: string) {
  return Object.assign(new Error(message), { digest: "1611948857" });
}

function named(name: string, message: string) {
  return Object.assign(new Error(message), { name });
}

describe("actionFailureMessage", () => {
  test.each([
    [
      "a refusal's own sentence",
      new Error("What you sent is larger than 6 MB."),
      "larger than 6 MB",
    ],
    [
      "a failure on the server",
      withDigest("An error occurred in the Server Components render."),
      APOLOGY,
    ],
    ["a network failure", new TypeError("Failed to fetch"), "could not be reached"],
    [
      "an action the server no longer has",
      named("UnrecognizedActionError", 'Server Action "x"…'),
      "out of date",
    ],
    [
      "an unexpected answer",
      new Error("An unexpected response was received from the server."),
      APOLOGY,
    ],
    ["something not an error", "boom", APOLOGY],
  ])("%s", (_name, error, expected) => {
    expect(actionFailureMessage(error)).toContain(expected);
  });
});
