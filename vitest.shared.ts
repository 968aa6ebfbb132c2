// What every package's tests share: a fixed time zone (dates must not depend on the machine) and room for
// the slow parts (DuckDB starting, Astro building, Chromium) on a loaded machine.
export const TEST_DEFAULTS = {
  include: ["test/**/*.test.ts"],
  env: { TZ: "UTC" },
  testTimeout: 60_000,
  hookTimeout: 60_000,
};
