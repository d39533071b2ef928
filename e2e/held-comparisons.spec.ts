import type { Page } from "@playwright/test";
import { EDITOR_STATE, expect, secondInstanceURL, test, sourcesTrashedAfterEach } from "./fixtures";

// A comparison an anonymous reader opened (its page, its API answer) is served again while
// nothing it shows changes, by each of two instances on one database, and never once anything
// has: a write made through one instance shows on the other at the next visit.
const B = secondInstanceURL();

const created = sourcesTrashedAfterEach();

async function visit(page: Page, url: string) {
  const response = (await page.goto(url))!;
  expect(response.status()).toBe(200);
  // Next's client sets window.next once its scripts ran: the nonce let them in.
  await page.waitForFunction(() => "next" in window, undefined, { timeout: 10_000 });
  const policy = response.headers()["content-security-policy"] ?? "";
  return {
    cache: response.headers()["x-crosscheck-cache"],
    nonce: /'nonce-([^']+)'/.exec(policy)?.[1],
  };
}

test("a reader's comparison page and API answer are held on each instance until a write through either changes them", async ({
  browser,
  playwright,
  request,
  baseURL,
}) => {
  const tag = crypto.randomUUID().slice(0, 8);
  const source = await request.post("/api/v1/sources", {
    data: { title: `Held page ${tag}`, text: `Officials counted 26 dead. [${tag}]` },
  });
  expect(source.status()).toBe(201);
  const { id: sourceId } = await source.json();
  created.push(sourceId);
  const claim = await request.post("/api/v1/claims", {
    data: {
      sourceId,
      question: { subject: `Held subject ${tag}`, measure: "killed", kind: "count" },
      quote: { exact: "counted 26 dead" },
    },
  });
  expect(claim.status()).toBe(201);
  const { questionId } = await claim.json();

  // A program reading the API without a token, on both instances.
  const program = await playwright.request.newContext();
  const answer = async (base: string) => {
    const response = await program.get(`${base}/api/v1/questions/${questionId}`);
    expect(response.status()).toBe(200);
    const body = await response.json();
    return { cache: response.headers()["x-crosscheck-cache"], unit: body.question.unit };
  };
  for (const base of [baseURL!, B]) {
    expect(await answer(base)).toEqual({ cache: "miss", unit: null });
    expect(await answer(base)).toEqual({ cache: "hit", unit: null });
  }

  const reader = await browser.newContext();
  const page = await reader.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const unit = page.getByText(/Measured as: .*\(people\)/);
  for (const base of [baseURL!, B]) {
    const first = await visit(page, `${base}/questions/${questionId}`);
    expect(first.cache).toBe("miss");
    const again = await visit(page, `${base}/questions/${questionId}`);
    expect(again.cache).toBe("hit");
    expect(again.nonce).toBeTruthy();
    expect(again.nonce).not.toBe(first.nonce);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Held subject ${tag} — killed`,
    );
    await expect(unit).toHaveCount(0);
  }

  // An editor's program changes the question through the first instance.
  const current = await (await request.get(`/api/v1/questions/${questionId}`)).json();
  const patch = await request.patch(`/api/v1/questions/${questionId}`, {
    data: { unit: "people", version: current.question.version },
  });
  expect(patch.status()).toBe(200);
  for (const base of [B, baseURL!]) {
    expect((await visit(page, `${base}/questions/${questionId}`)).cache).toBe("miss");
    await expect(unit).toBeVisible();
    expect((await visit(page, `${base}/questions/${questionId}`)).cache).toBe("hit");
    await expect(unit).toBeVisible();
  }
  expect(violations).toEqual([]);
  for (const base of [B, baseURL!]) {
    expect(await answer(base)).toEqual({ cache: "miss", unit: "people" });
    expect(await answer(base)).toEqual({ cache: "hit", unit: "people" });
  }
  // A program with a token gets the answer made for it (the route keeps its own for them).
  const withToken = await request.get(`/api/v1/questions/${questionId}`);
  expect(withToken.headers()["x-crosscheck-cache"]).toBeUndefined();
  expect((await withToken.json()).question.unit).toBe("people");

  // A signed-in editor's page is their own: never the one held for readers.
  const editor = await browser.newContext({ storageState: EDITOR_STATE });
  const editorPage = await editor.newPage();
  const theirs = await visit(editorPage, `${baseURL}/questions/${questionId}`);
  expect(theirs.cache).toBeUndefined();
  await expect(editorPage.getByRole("link", { name: /\(editor\)/ })).toBeVisible();
  await Promise.all([reader.close(), editor.close(), program.dispose()]);
});
