import { describe, expect, test } from "vitest";
import { checkActionRequest, mayBeServerAction } from "./action-request";
import { MAX_ACTION_BODY_BYTES } from "./action-size";

const URL_ = "http://localhost:3000/sources/new";
const ACTION = { "next-action": "60ba6064554b46d96b3a94ba612098aa1bf6922818" };

function post(body: BodyInit, headers: Record<string, string>) {
  return new Request(URL_, { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

function multipart(fields: [string, string][], { cut = false } = {}) {
  const body = fields
    .map(
      ([name, value]) =>
        `--B\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    )
    .join("");
  return {
    body: cut ? body.slice(0, -10) : `${body}--B--\r\n`,
    type: "multipart/form-data; boundary=B",
  };
}

describe("mayBeServerAction", () => {
  test.each([
    ["POST", "/sources/new", { "next-action": "x" }, true],
    ["POST", "/sources/new", { "content-type": "multipart/form-data; boundary=x" }, true],
    ["POST", "/sources/new", { "content-type": "application/x-www-form-urlencoded" }, false],
    ["POST", "/api/v1/sources", { "next-action": "x" }, false],
    ["GET", "/sources/new", { "next-action": "x" }, false],
  ])("%s %s %j → %s", (method, path, headers, expected) => {
    expect(mayBeServerAction(method, path, new Headers(headers))).toBe(expected);
  });
});

describe("checkActionRequest", () => {
  test("passes what the page sends: JSON arguments, or a form", async () => {
    const json = post('[{"sourceId":"s"}]', {
      ...ACTION,
      "content-type": "text/plain;charset=UTF-8",
    });
    expect(await checkActionRequest(json)).toBeNull();
    const form = multipart([
      ["1_title", "T"],
      ["1_text", "line\r\nline"],
      ["0", '[{"status":"idle","fields":{},"values":{}},"$K1"]'],
    ]);
    expect(
      await checkActionRequest(post(form.body, { ...ACTION, "content-type": form.type })),
    ).toBeNull();
  });

  test("passes a file sent as an argument by the page's script", async () => {
    const form = new FormData();
    form.set("0", '[{"title":"Report"},"$B1"]');
    form.set("1", new Blob(["%PDF-1.7 …"], { type: "application/pdf" }), "report.pdf");
    const request = new Request(URL_, { method: "POST", body: form, headers: ACTION });
    expect(await checkActionRequest(request)).toBeNull();
  });

  test("passes a form posted without script, bound or not", async () => {
    const plain = multipart([
      ["$ACTION_ID_60ba60", ""],
      ["title", "T"],
    ]);
    expect(await checkActionRequest(post(plain.body, { "content-type": plain.type }))).toBeNull();
    const bound = multipart([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"70f2bd","bound":"$@1"}'],
      ["$ACTION_1:1", '["cmx3v0ud5"]'],
      ["title", "T"],
    ]);
    expect(await checkActionRequest(post(bound.body, { "content-type": bound.type }))).toBeNull();
  });

  test.each([
    ["garbage text", "garbage{{", "text/plain;charset=UTF-8", true],
    ["a cut-off form", multipart([["0", "[]"]], { cut: true }).body, multipart([]).type, true],
    ["a form without arguments", multipart([["1_title", "T"]]).body, multipart([]).type, true],
    [
      "a cut-off form, posted without script",
      multipart([["title", "T"]], { cut: true }).body,
      multipart([]).type,
      false,
    ],
    [
      "broken bound arguments, posted without script",
      multipart([
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", "{oops"],
      ]).body,
      multipart([]).type,
      false,
    ],
  ])("refuses %s with 400", async (_name, body, type, withScript) => {
    const headers = { ...(withScript ? ACTION : {}), "content-type": type };
    const refusal = await checkActionRequest(post(body, headers));
    expect(refusal).toMatchObject({ status: 400, code: "malformed_action" });
    expect(refusal?.message).toMatch(/nothing was saved/);
  });

  test("refuses a declared length over the limit without reading the body", async () => {
    const request = post("[]", { ...ACTION, "content-length": String(MAX_ACTION_BODY_BYTES + 1) });
    expect(await checkActionRequest(request)).toMatchObject({
      status: 413,
      code: "body_too_large",
    });
  });

  test("refuses a body over the limit sent in chunks with no length", async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const form = multipart([]);
    const refusal = await checkActionRequest(post(stream, { "content-type": form.type }));
    expect(refusal).toMatchObject({ status: 413 });
    expect(sent).toBeLessThan(9);
  });

  test("takes a body just under the limit", async () => {
    const text = "a".repeat(MAX_ACTION_BODY_BYTES - 500);
    const form = multipart([
      ["$ACTION_ID_60ba60", ""],
      ["text", text],
    ]);
    expect(await checkActionRequest(post(form.body, { "content-type": form.type }))).toBeNull();
  });
});
