import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { openDatabase } from "../../src/node.ts";
import { buildData } from "../../src/pipeline/buildData.ts";
import { SWAP_STEPS } from "../../src/pipeline/replaceFolder.ts";
import { copyFixture, edit, FIXTURE } from "../helpers.ts";

const KILL_AT = fileURLToPath(new URL("../fixtures/killAt.ts", import.meta.url));

/** A folder with an old build in `tables`, and a data folder whose build differs in one figure. */
function oldBuildAndNewData(): { out: string; dir: string } {
  const out = join(mkdtempSync(join(tmpdir(), "newarea-swap-")), "tables");
  buildData(FIXTURE, out);
  const dir = copyFixture();
  edit(dir, "raw/figures.csv", "175亿元,", "176亿元,");
  return { out, dir };
}

/** The figure that differs: "175亿元" in the old build, "176亿元" in the new. */
async function writtenAs(tablesDir: string): Promise<unknown> {
  const db = openDatabase({ tablesDir });
  try {
    const rows = await db.query<{ as_written: string }>(
      "select as_written from figures where as_written in ('175亿元', '176亿元')",
    );
    expect(rows).toHaveLength(1);
    return rows[0]?.as_written;
  } finally {
    await db.close();
  }
}

const siblings = (out: string) => readdirSync(join(out, "..")).sort();

for (const [i, step] of SWAP_STEPS.entries()) {
  test(`writeTables killed at '${step}' leaves the old or the new tables usable; the next build recovers and cleans up`, async () => {
    const { out, dir } = oldBuildAndNewData();
    const child = spawnSync(process.execPath, [KILL_AT, dir, out, step], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(child.error).toBeUndefined();
    expect(child.signal, child.stderr).toBe("SIGKILL");
    // Until the new folder is renamed in, readers see the old tables; from then on, the new.
    const newIn = SWAP_STEPS.indexOf("new-in");
    expect(await writtenAs(out)).toBe(i < newIn ? "175亿元" : "176亿元");
    buildData(dir, out);
    expect(siblings(out)).toEqual(["tables"]);
    expect(readFileSync(join(out, "figures.csv"), "utf8")).toContain("176亿元");
  }, 120_000);
}

test("buildData(dir, out) refuses while another live build's temporary folder sits beside out", () => {
  const { out, dir } = oldBuildAndNewData();
  // The parent of this test process is alive and is not a build of ours: a build in progress, as far as
  // anyone can tell from the outside.
  const other = join(out, "..", `tables.tmp-${process.ppid}`);
  mkdirSync(other);
  expect(() => buildData(dir, out)).toThrow(new RegExp(`another build \\(process ${process.ppid}\\)`));
  expect(existsSync(other)).toBe(true);
  expect(readFileSync(join(out, "figures.csv"), "utf8")).toContain("175亿元");
});

test("buildData(dir, out) leaves a folder named like a stale temporary one alone when it holds other files", () => {
  const { out, dir } = oldBuildAndNewData();
  const lookalike = join(out, "..", "tables.old-99999999");
  mkdirSync(lookalike);
  writeFileSync(join(lookalike, "notes.txt"), "mine\n");
  buildData(dir, out);
  expect(readFileSync(join(lookalike, "notes.txt"), "utf8")).toBe("mine\n");
  expect(siblings(out)).toEqual(["tables", "tables.old-99999999"]);
});

test("openDatabase({ tablesDir }) with neither the folder nor a complete build beside it says to build", async () => {
  const out = join(mkdtempSync(join(tmpdir(), "newarea-swap-")), "tables");
  const db = openDatabase({ tablesDir: out });
  await expect(db.query("select 1")).rejects.toThrow(/no built tables in .*tables.*newarea-data build/);
  await db.close();
});
