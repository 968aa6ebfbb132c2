import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // The tests run on the data package's source, so they need no build of it.
    alias: { "@newarea/data/format": fileURLToPath(new URL("../data/src/format/index.ts", import.meta.url)) },
  },
  test: {
    include: ["test/**/*.test.ts"],
    env: { TZ: "UTC" },
    testTimeout: 30_000,
  },
});
