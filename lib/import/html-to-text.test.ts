import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-to-text";
import { parseHtmlDocument } from "./parse-html";

const text = (html: string) => htmlToText(parseHtmlDocument(html).body);

describe("htmlToText", () => {
  it.each([
    ["<p>One</p><p>Two</p>", "One\n\nTwo"],
    ["<p>a <b> b</b>  <i>c </i> d</p>", "a b c d"],
    ["<p>\n  spread\n  over   lines\n</p>", "spread over lines"],
    ["<p>first line<br>second line</p>", "first line\nsecond line"],
    ["<p>no-break&nbsp;space</p>", "no-break\u00a0space"],
    ["<h2>Title</h2>text right after<div>a block</div>", "Title\n\ntext right after\n\na block"],
    ["<ul><li>one</li><li>two <a href='x'>link</a></li></ul>", "one\n\ntwo link"],
    [
      "<table><tr><th>Year</th><th>Killed</th></tr><tr><td>1988</td><td> 26 </td></tr></table>",
      "Year\tKilled\n\n1988\t26",
    ],
    ["<pre>  indented\n    code\n\nnext block</pre>", "  indented\n    code\n\nnext block"],
    [
      "<p>kept</p><script>no()</script><style>p{}</style><p hidden>hidden</p><noscript>x</noscript>",
      "kept",
    ],
    ["<p>image <img src='a.png' alt='alt words'> gone</p>", "image gone"],
    ["<p> </p><p>&nbsp;</p><p>only this</p>", "only this"],
    ["<blockquote><p>quoted</p></blockquote>after", "quoted\n\nafter"],
  ])("%s", (html, expected) => {
    expect(text(html)).toBe(expected);
  });
});

describe("parseHtmlDocument", () => {
  it.each([
    "<p>a fragment</p>",
    "<html><title>t</title><p>a fragment</p></html>",
    "<html><head><title>t</title></head><p>a fragment</p></html>",
    "<!DOCTYPE html><html lang=en><body><p>a fragment</p></body></html>",
  ])("gives %s a body holding its text", (html) => {
    expect(parseHtmlDocument(html).body.textContent).toContain("a fragment");
  });
});
