import { defineConfig, devices } from "@playwright/test";

// `npm test` (scripts/test.ts) prepares a database, a build and a free port, then runs this.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// The import spec serves its pages on this loopback port, which the app is allowed to fetch.
const importPort = Number(process.env.E2E_IMPORT_PORT ?? port + 1);
process.env.E2E_IMPORT_PORT = String(importPort);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "setup",
      testMatch: /auth\.setup\.ts/,
      use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunch() },
    },
    {
      name: "chromium",
      dependencies: ["setup"],
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: chromiumLaunch(),
      },
      testIgnore: /auth\.setup\.ts/,
    },
  ],
  webServer: {
    // The server npm start runs (Next.js inside our own HTTP server), on the production build.
    command: "node --import tsx scripts/serve.ts",
    env: {
      HOST: "127.0.0.1",
      PORT: String(port),
      CROSSCHECK_IMPORT_ALLOW_HOSTS: `127.0.0.1:${importPort}`,
    },
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});

// Debian's Chromium as root needs --no-sandbox; the rest keep it from phoning home.
function chromiumLaunch() {
  return {
    executablePath: process.env.CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  };
}
