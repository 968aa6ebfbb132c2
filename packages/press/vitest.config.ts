import { defineConfig } from "vitest/config";

// The tests run on fixture documents and a stand-in data context (test/fixtures), not on the story's data.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    env: { TZ: "UTC" },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
