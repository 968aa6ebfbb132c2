import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const PKG = fileURLToPath(new URL("../..", import.meta.url));
const npm = (args: string[], cwd: string) =>
  execFileSync("npm", [...args, "--no-audit", "--no-fund", "--prefer-offline"], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });

test("npm pack of @newarea/data installs into an empty folder and a plain Node script queries it", () => {
  const work = mkdtempSync(join(tmpdir(), "newarea-reuse-"));
  const tarball = JSON.parse(npm(["pack", "--json", "--pack-destination", work], PKG))[0].filename as string;
  const app = join(work, "app");
  execFileSync("mkdir", [app]);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "reuse-check", private: true, type: "module" }),
  );
  npm(["install", join(work, tarball)], app);
  writeFileSync(
    join(app, "index.mjs"),
    `import { openDatabase, parseAmount, formatAmount } from "@newarea/data";
const db = openDatabase();
const rows = await db.query("select subject_id, value, bound from figures where measure = ? order by value desc", ["total_investment"]);
const amount = parseAmount("超百亿元");
console.log(JSON.stringify({ n: rows.length, top: rows[0], amount, zh: formatAmount(amount, "zh") }));
await db.close();
`,
  );
  const out = JSON.parse(execFileSync(process.execPath, ["index.mjs"], { cwd: app, encoding: "utf8" }));
  expect(out.n).toBeGreaterThan(5);
  expect(out.top.value).toBeGreaterThanOrEqual(175e8);
  expect(out.amount).toMatchObject({ value: 1e10, bound: "at_least" });
  expect(out.zh).toMatch(/100亿元|百亿元/);
  const cli = execFileSync(
    process.execPath,
    [join(app, "node_modules", ".bin", "newarea-data"), "parse-amount", "约178亿元", "--json"],
    {
      encoding: "utf8",
    },
  );
  expect(JSON.parse(cli)).toMatchObject({ value: 178e8, bound: "approx" });
}, 240_000);
