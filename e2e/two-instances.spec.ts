import type { APIRequestContext } from "@playwright/test";
import { ACCOUNTS, EDITOR_STATE, adminToken, expect, secondInstanceURL, test } from "./fixtures";

// Two app instances (A: the baseURL, B: the second server) share one database and nothing else:
// what one instance does to sessions, tokens, login limits and versions holds on the other at once.
const B = secondInstanceURL();

async function session(request: APIRequestContext, base: string) {
  const response = await request.get(`${base}/api/auth/get-session`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { user?: { email: string } } | null)?.user?.email ?? null;
}

test("a session made on A works on B, and signing out on A ends it on B", async ({
  playwright,
  baseURL,
}) => {
  const browser = await playwright.request.newContext();
  const signIn = await browser.post(`${baseURL}/api/auth/sign-in/email`, {
    headers: { origin: baseURL! },
    data: ACCOUNTS.editor,
  });
  expect(signIn.status()).toBe(200);
  const cookie = (await browser.storageState()).cookies.find((c) => c.name.includes("session"));
  expect(cookie).toBeTruthy();
  expect(await session(browser, B)).toBe(ACCOUNTS.editor.email);

  const signOut = await browser.post(`${baseURL}/api/auth/sign-out`, {
    headers: { origin: baseURL! },
    data: {},
  });
  expect(signOut.status()).toBe(200);
  // The old cookie, sent again as it was, is refused on B as well.
  const stale = await playwright.request.newContext({
    extraHTTPHeaders: { cookie: `${cookie!.name}=${cookie!.value}` },
  });
  expect(await session(stale, B)).toBeNull();
  expect((await stale.post(`${B}/api/v1/sources`, { data: {} })).status()).toBe(401);
  await Promise.all([browser.dispose(), stale.dispose()]);
});

test("a token made and revoked on A stops working on B at once", async ({
  browser,
  playwright,
}) => {
  const context = await browser.newContext({ storageState: EDITOR_STATE });
  const page = await context.newPage();
  const name = `two instances ${crypto.randomUUID().slice(0, 8)}`;
  await page.goto("/account");
  await page.getByLabel("What the token is for").fill(name);
  await page.getByRole("button", { name: "Make a token" }).click();
  const shown = page.getByRole("status").filter({ hasText: "Your new token" }).locator("code");
  await expect(shown).toBeVisible();
  const token = (await shown.textContent())?.trim() ?? "";
  expect(token).toMatch(/^cc_/);

  const program = await playwright.request.newContext({
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  expect((await program.get(`${B}/api/v1/sources?pageSize=1`)).status()).toBe(200);

  await page.reload();
  await page
    .getByRole("listitem")
    .filter({ hasText: name })
    .getByRole("button", { name: "Revoke" })
    .click();
  await expect(page.getByText("The token was revoked.")).toBeVisible();
  const refused = await program.get(`${B}/api/v1/sources?pageSize=1`);
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("unauthorized");
  await Promise.all([program.dispose(), context.close()]);
});

test("failed sign-ins on A and on B count together", async ({ playwright, baseURL }) => {
  const client = await playwright.request.newContext();
  const email = `nobody-${crypto.randomUUID().slice(0, 8)}@test.example`;
  const attempt = (base: string) =>
    client.post(`${base}/api/auth/sign-in/email`, {
      headers: { origin: base },
      data: { email, password: "not the password" },
    });
  // Five failures allowed per account: three on A, two on B; the sixth waits, on either.
  for (const base of [baseURL!, baseURL!, baseURL!, B, B])
    expect((await attempt(base)).status()).toBe(401);
  expect((await attempt(B)).status()).toBe(429);
  expect((await attempt(baseURL!)).status()).toBe(429);
  await client.dispose();
});

test("a write on B made on the version A just replaced is refused with 409", async ({
  request,
  playwright,
}) => {
  const text = `Two instances ${crypto.randomUUID()}: 26 people were killed.`;
  const source = await (
    await request.post("/api/v1/sources", { data: { title: "Two", text } })
  ).json();
  const onB = await playwright.request.newContext({
    extraHTTPHeaders: { authorization: `Bearer ${adminToken()}` },
  });
  const read = await onB.get(`${B}/api/v1/sources/${source.id}`);
  const etag = read.headers().etag!;
  expect(etag).toBe(`"${source.version}"`);

  const onA = await request.patch(`/api/v1/sources/${source.id}`, {
    headers: { "if-match": etag },
    data: { title: "Changed on A" },
  });
  expect(onA.status()).toBe(200);
  const stale = await onB.patch(`${B}/api/v1/sources/${source.id}`, {
    headers: { "if-match": etag },
    data: { title: "Changed on B" },
  });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error).toMatchObject({
    code: "version_conflict",
    current: { title: "Changed on A" },
  });
  await request.delete(`/api/v1/sources/${source.id}`);
  await onB.dispose();
});
