import { type ChildProcess, spawn } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, requireChromium } from "../../../scripts/chromium.mjs";

// `npm run dev` as an editor uses it, on copies: the app and data/ are copied to a temporary folder laid
// out like the repository (the repository's files are never touched) and `astro dev` runs there on a
// free port, with the tables built into a temporary folder too (NEWAREA_DATA_DIR, NEWAREA_TABLES_DIR).
const APP = fileURLToPath(new URL("..", import.meta.url));
const REPO = fileURLToPath(new URL("../../..", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "story-dev-"));
const app = join(tmp, "apps", "story");
const data = join(tmp, "data");
const STORY = join(app, "src", "content", "story", "en.md");
const FIGURES = join(data, "raw", "figures.csv");
const SUBJECTS = join(data, "raw", "subjects.csv");
const WAIT_MS = 90_000;

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let output = "";
let base = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function get(path: string): Promise<{ status: number; body: string }> {
  const res = await fetch(new URL(path, base), { signal: AbortSignal.timeout(60_000) });
  return { status: res.status, body: await res.text() };
}

/** Polls a page until `ok` holds, or fails after WAIT_MS with what the page and the server said last. */
async function until(path: string, ok: (r: { status: number; body: string }) => boolean) {
  const end = Date.now() + WAIT_MS;
  let last = { status: 0, body: "" };
  while (Date.now() < end) {
    last = await get(path).catch((e: Error) => ({ status: 0, body: e.message }));
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(
    `${path} never got there: ${last.status} ${last.body.slice(0, 300)}\n--- server:\n${output.slice(-2000)}`,
  );
}

/** The server's output since `mark`, for messages printed after an edit. */
const since = (mark: number) => output.slice(mark);
const editStory = (from: string, to: string) =>
  writeFileSync(STORY, readFileSync(STORY, "utf8").replace(from, to));

/** Appends a row to a CSV of data/raw/, its values by column name (a column not given is left empty). */
function addRow(file: string, values: Record<string, string>): void {
  const header = (readFileSync(file, "utf8").split("\n")[0] ?? "").trim().split(",");
  appendFileSync(file, `${header.map((c) => values[c] ?? "").join(",")}\n`);
}
// A remark in whichever columns the data has: one note, or one per language.
const NOTE = { note: "added by a test", note_zh: "测试添加", note_en: "added by a test" };

/** Opens a page in Chromium and returns what Astro's error overlay shows: its message, hint and stack. */
async function overlay(
  path: string,
): Promise<{ message: string; hint: string; file: string; stack: string }> {
  browser ??= await chromium.launch({
    executablePath: requireChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const page = await browser.newPage();
  try {
    await page.goto(new URL(path, base).href, { timeout: 60_000 });
    await page.waitForSelector("vite-error-overlay", { state: "attached", timeout: 60_000 });
    return await page.evaluate(() => {
      const root = document.querySelector("vite-error-overlay")?.shadowRoot;
      const text = (sel: string) => root?.querySelector(sel)?.textContent?.replace(/\s+/g, " ").trim() ?? "";
      return {
        message: text("#message-content"),
        hint: text("#hint-content"),
        file: text("#code"),
        stack: text("#stack-content"),
      };
    });
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  mkdirSync(app, { recursive: true });
  cpSync(join(REPO, "tsconfig.base.json"), join(tmp, "tsconfig.base.json"));
  for (const f of ["src", "public", "integrations", "astro.config.mjs", "package.json", "tsconfig.json"]) {
    cpSync(join(APP, f), join(app, f), { recursive: true });
  }
  symlinkSync(join(REPO, "node_modules"), join(tmp, "node_modules"), "dir");
  cpSync(join(REPO, "data"), data, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}/`;
  server = spawn(
    process.execPath,
    [
      join(REPO, "node_modules", "astro", "bin", "astro.mjs"),
      "dev",
      "--port",
      String(port),
      "--host",
      "127.0.0.1",
    ],
    {
      cwd: app,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        // Not vitest's NODE_ENV=test: the dev server would not serve the pages.
        ...Object.fromEntries(
          Object.entries(process.env).filter(([k]) => k !== "NODE_ENV" && !k.startsWith("VITEST")),
        ),
        ASTRO_TELEMETRY_DISABLED: "1",
        NEWAREA_DATA_DIR: data,
        NEWAREA_TABLES_DIR: join(tmp, "tables"),
        NEWAREA_PRESS_CACHE: join(tmp, "cache"),
      },
    },
  );
  server.stdout?.on("data", (d) => {
    output += String(d);
  });
  server.stderr?.on("data", (d) => {
    output += String(d);
  });
  await until("/en/sources/", (r) => r.status === 200);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  rmSync(tmp, { recursive: true, force: true });
});

describe("npm run dev", () => {
  it("a figure added to data/raw/figures.csv reaches the running pages without a restart", async () => {
    addRow(FIGURES, {
      id: "test-added-figure",
      subject_id: "changchun-new-area",
      measure: "gdp",
      as_written: "999亿元",
      period: "2022",
      source_id: "tibet-cn-2023",
      location: "line 1",
      ...NOTE,
    });
    await until("/en/sources/", (r) => r.body.includes('id="fig-test-added-figure"'));
    editStory("It came with a string", "It came with {fig:test-added-figure} and a string");
    const page = await until("/en/", (r) => r.body.includes('data-figure="test-added-figure"'));
    expect(page.body).toContain(">CNY 99.9 billion</a>");
  }, 180_000);

  it("a data error shows file, line, column and value in the page and the terminal, without a stack trace, until it is fixed", async () => {
    const mark = output.length;
    const good = readFileSync(FIGURES, "utf8");
    const line = good.trimEnd().split("\n").length;
    writeFileSync(FIGURES, good.replace("999亿元", "nine hundred"));
    await until("/en/sources/", (r) => r.status === 500);
    const shown = await overlay("/en/sources/");
    // What follows the value is the amount parser's reason, in its own words.
    expect(shown.message).toMatch(
      new RegExp(`^data/raw/figures\\.csv:${line}: column "as_written" value "nine hundred": .+`),
    );
    expect(shown.hint).toContain("Fix the value in the file and save it");
    expect(shown.file).toContain(`figures.csv:${line}`);
    expect(shown.stack).toBe("");
    const said = since(mark);
    expect(said).toMatch(
      new RegExp(`data/raw/figures\\.csv:${line}: column "as_written" value "nine hundred"`),
    );
    expect(said).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    writeFileSync(FIGURES, good);
    await until("/en/sources/", (r) => r.status === 200 && r.body.includes('id="fig-test-added-figure"'));
  }, 180_000);

  it("a story error answers 500 with file, line and column, never an empty 200, and prints no stack trace", async () => {
    const mark = output.length;
    editStory("{fig:test-added-figure}", "{fig:test-no-such-figure}");
    const page = await until("/en/", (r) => r.status !== 200);
    expect(page.status).toBe(500);
    expect(page.body).toContain("<title>DocumentError</title>");
    const shown = await overlay("/en/");
    expect(shown.message).toMatch(
      /^src\/content\/story\/en\.md:13:\d+: unknown figure "test-no-such-figure"$/,
    );
    expect(shown.file).toContain("story/en.md:13:");
    expect(shown.stack).toBe("");
    const said = since(mark);
    expect(said).toMatch(/src\/content\/story\/en\.md:\d+:\d+: unknown figure "test-no-such-figure"/);
    expect(said).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    editStory("{fig:test-no-such-figure}", "{fig:test-added-figure}");
    await until("/en/", (r) => r.status === 200);
  }, 180_000);

  it("a park added to the data makes the server say which steps' charts changed", async () => {
    const mark = output.length;
    addRow(SUBJECTS, {
      id: "test-park",
      name_zh: "测试园",
      name_en: "Test Park",
      kind: "park",
      sector: "testing",
      parent_id: "changchun-new-area",
      ...NOTE,
    });
    addRow(FIGURES, {
      id: "test-park-investment",
      subject_id: "test-park",
      measure: "total_investment",
      as_written: "5亿元",
      source_id: "tibet-cn-2023",
      location: "line 1",
      ...NOTE,
    });
    await until("/en/sources/", (r) => r.body.includes('id="fig-test-park-investment"'));
    await until("/en/", (r) => r.status === 200 && since(mark).includes("now also test-park"));
    expect(since(mark)).toMatch(
      /src\/content\/story\/en\.md:\d+: step #scale \(investmentScale\): now also test-park/,
    );
  }, 180_000);

  it("a park added to the data gets its page in both languages, listed on /parks/, with no code change", async () => {
    // The park and its figure added by the test above.
    const en = await until("/en/parks/test-park/", (r) => r.status === 200);
    expect(en.body).toContain("<h1>Test Park</h1>");
    expect(en.body).toContain('data-figure="test-park-investment"');
    expect(en.body).toContain(">CNY 500 million</a>");
    const zh = await until("/parks/test-park/", (r) => r.status === 200);
    expect(zh.body).toContain("<h1>测试园</h1>");
    const index = await until("/en/parks/", (r) => r.body.includes('href="/en/parks/test-park/"'));
    expect(index.status).toBe(200);
  }, 180_000);
});
