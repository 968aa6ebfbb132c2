// Finds a Chromium for the browser tests, or installs Debian's where it may (root on Debian).
// Prints the path it found; exits 1 with a one-line instruction where it can do neither.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium } from "./chromium.mjs";

// Chinese text in screenshots, the share image and layout tests needs a CJK font on the system.
const hasCjkFont = () => {
  try {
    return execFileSync("fc-list", [":lang=zh"], { encoding: "utf8", timeout: 30_000 }).trim() !== "";
  } catch {
    return false;
  }
};

let found = findChromium();
const missing = [...(found ? [] : ["chromium"]), ...(hasCjkFont() ? [] : ["fonts-noto-cjk"])];
if (missing.length > 0) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const isDebian = existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get");
  if (isRoot && isDebian) {
    console.error(`ensure-chromium: installing Debian's ${missing.join(" and ")} with apt-get …`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env, timeout: 600_000 });
    const args = ["install", "-y", "-qq", "--no-install-recommends", ...missing, "fontconfig"];
    execFileSync("apt-get", args, { stdio: "inherit", env, timeout: 900_000 });
    found = findChromium();
  } else if (found) {
    console.error(
      "ensure-chromium: no CJK font (Debian: apt-get install fonts-noto-cjk); Chinese may show as boxes",
    );
  }
}
if (!found) {
  console.error(
    "ensure-chromium: no Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable.",
  );
  process.exit(1);
}
console.log(`ensure-chromium: ${found}`);
