// Finds a Chromium for the browser tests, or installs Debian's where it may (root on Debian).
// Prints the path it found; exits 1 with a one-line instruction where it can do neither.
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";

const candidates = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
].filter(Boolean);

const usable = (p) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

let found = candidates.find(usable);
if (!found) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const isDebian = existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get");
  if (isRoot && isDebian) {
    console.error("ensure-chromium: no Chromium found; installing Debian's chromium with apt-get …");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync(
      "apt-get",
      ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-noto-cjk"],
      {
        stdio: "inherit",
        env,
      },
    );
    found = candidates.find(usable);
  }
}
if (!found) {
  console.error(
    "ensure-chromium: no Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable.",
  );
  process.exit(1);
}
console.log(`ensure-chromium: ${found}`);
