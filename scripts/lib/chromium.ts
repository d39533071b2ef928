import { existsSync } from "node:fs";
import { FatalError } from "./fatal";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

/** The Chromium the end-to-end tests drive: CHROMIUM_PATH, or a usual install location. */
export function findChromium(configured: string | undefined): string {
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new FatalError(`CHROMIUM_PATH names ${configured}, which does not exist.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new FatalError(
    "no Chromium found for the end-to-end tests: install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
}
