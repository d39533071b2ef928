import { defineConfig, devices } from "@playwright/test";

// `npm test` (scripts/test.ts) prepares a database, a build and a free port, then runs this.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// A second instance of the app on the same database (e2e/two-instances.spec.ts).
const secondPort = Number(process.env.E2E_SECOND_PORT ?? port + 1);
// The import spec serves its pages on this loopback port, which the app is allowed to fetch.
const importPort = Number(process.env.E2E_IMPORT_PORT ?? port + 2);
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
  // The server npm start runs (Next.js inside our own HTTP server), on the production build;
  // twice, as two instances behind a load balancer would run, sharing nothing but the database.
  webServer: [port, secondPort].map((instancePort) => ({
    command: "node --import tsx scripts/serve.ts",
    env: {
      HOST: "127.0.0.1",
      PORT: String(instancePort),
      CROSSCHECK_IMPORT_ALLOW_HOSTS: `127.0.0.1:${importPort}`,
    },
    url: `http://127.0.0.1:${instancePort}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  })),
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
