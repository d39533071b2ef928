import { test as base, type APIRequestContext } from "@playwright/test";

/** Browser states of accounts signed in by auth.setup.ts, one per role the specs act as. */
export const EDITOR_STATE = "test-results/.auth/editor.json";
export const ADMIN_STATE = "test-results/.auth/admin.json";

/** The accounts scripts/test.ts made for this run (random passwords, never in the repository). */
export const ACCOUNTS = {
  editor: { email: env("E2E_EDITOR_EMAIL"), password: env("E2E_EDITOR_PASSWORD") },
  admin: { email: env("E2E_ADMIN_EMAIL"), password: env("E2E_ADMIN_PASSWORD") },
};

/**
 * Specs set up and clean up their rows through the API as an admin (a bearer token), whatever
 * the browser page is signed in as, so that setting up never depends on the page under test.
 */
export const test = base.extend<{ request: APIRequestContext }>({
  request: async ({ playwright, baseURL }, provide) => {
    const context = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { authorization: `Bearer ${env("E2E_ADMIN_TOKEN")}` },
    });
    await provide(context);
    await context.dispose();
  },
});

export { expect } from "@playwright/test";

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the end-to-end tests with npm test`);
  return value;
}

/** The second app instance on the same database (playwright.config.ts starts both). */
export function secondInstanceURL(): string {
  return `http://127.0.0.1:${env("E2E_SECOND_PORT")}`;
}

/** The admin's API token, for contexts of one's own (the second instance). */
export function adminToken(): string {
  return env("E2E_ADMIN_TOKEN");
}

/**
 * The ids of sources a spec adds, each moved to the trash after the test that added it (through
 * the admin's API client), so specs leave the sample corpus as they found it. Call at the top
 * level of a spec.
 */
export function sourcesTrashedAfterEach(): string[] {
  const created: string[] = [];
  test.afterEach(async ({ request }) => {
    for (const id of created.splice(0)) await request.delete(`/api/v1/sources/${id}`);
  });
  return created;
}
