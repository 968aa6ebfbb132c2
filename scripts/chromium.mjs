// Where the browser tests and benchmarks find Chromium, and how they start it: one place for all of them.
import { accessSync, constants } from "node:fs";

/** Flags for headless Chromium on these machines: no sandbox as root, no calls home on a closed network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/** Returns the path of a runnable Chromium (CHROMIUM_PATH first), or undefined. */
export function findChromium() {
  return [process.env.CHROMIUM_PATH, ...CANDIDATES].filter(Boolean).find((p) => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Returns the path of a runnable Chromium, or throws with the one-line instruction to get one. */
export function requireChromium() {
  const found = findChromium();
  if (!found) throw new Error("no Chromium: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH");
  return found;
}
