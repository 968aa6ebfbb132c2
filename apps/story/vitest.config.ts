import { defineConfig } from "vitest/config";
import { TEST_DEFAULTS } from "../../vitest.shared.ts";

// The tests read the built site (dist/): `npm run build` first (the root `npm test` does it through turbo).
export default defineConfig({ test: { ...TEST_DEFAULTS, fileParallelism: true } });
