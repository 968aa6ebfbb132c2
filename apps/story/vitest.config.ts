import { defineConfig } from "vitest/config";

// The tests read the built site (dist/): `npm run build` first (the root `npm test` does it through turbo).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    env: { TZ: "UTC" },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: true,
  },
});
