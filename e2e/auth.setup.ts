import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, ADMIN_STATE, EDITOR_STATE } from "./fixtures";

// Signs in through the sign-in page once per role, as a person would, and keeps the browser state.
for (const [role, file] of [
  ["editor", EDITOR_STATE],
  ["admin", ADMIN_STATE],
] as const) {
  setup(`sign in as the ${role}`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(ACCOUNTS[role].email);
    await page.getByLabel("Password").fill(ACCOUNTS[role].password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("link", { name: new RegExp(`\\(${role}\\)`) })).toBeVisible();
    await page.context().storageState({ path: file });
  });
}
