import { defineConfig } from "vitest/config";
import { TEST_DEFAULTS } from "../../vitest.shared.ts";

// The tests run on fixture documents and a stand-in data context (test/fixtures), not on the story's data.
export default defineConfig({ test: TEST_DEFAULTS });
