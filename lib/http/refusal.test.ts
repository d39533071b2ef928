import { describe, expect, test } from "vitest";
import { refusalFormat, refusalResponse } from "./refusal";

const refusal = {
  status: 403,
  code: "cross_origin",
  message: `Refused <script>alert("x")</script>.`,
};

describe("refusalFormat", () => {
  test.each([
    ["/api/v1/sources", {}, "json"],
    ["/api", {}, "html"],
    ["/sources/new", { "next-action": "abc" }, "text"],
    ["/sources/new", {}, "html"],
  ])("%s %j → %s", (path, headers, format) => {
    expect(refusalFormat(path, new Headers(headers))).toBe(format);
  });
});

describe("refusalResponse", () => {
  test("JSON in the API's documented error shape", async () => {
    const response = refusalResponse(refusal, "json");
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual({
      error: { code: "cross_origin", message: refusal.message },
    });
  });

  test("exactly text/plain for a page's script, which Next shows as the error's message", async () => {
    const response = refusalResponse(refusal, "text");
    expect(response.headers.get("content-type")).toBe("text/plain");
    expect(await response.text()).toBe(refusal.message);
  });

  test("a page that escapes the message and, after a form post, points back to the form", async () => {
    const page = await refusalResponse(refusal, "html", true).text();
    expect(page).toContain("<h1>This request was refused</h1>");
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(page).not.toContain("<script>");
    expect(page).toContain("Back button");
    expect(await refusalResponse(refusal, "html").text()).not.toContain("Back button");
  });
});
