import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { DataError } from "../../src/pipeline/DataError.ts";
import { loadData } from "../../src/pipeline/loadData.ts";
import { copyFixture, edit, encodeLegacy, FIXTURE } from "../helpers.ts";

/** Loads a copy of the fixture after one edit and returns the single problem's text. */
function problemAfter(file: string, from: string | null, to: string): string {
  const dir = copyFixture();
  edit(dir, file, from, to);
  try {
    loadData(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    const details = (e as DataError).details;
    expect(details, JSON.stringify(details)).toHaveLength(1);
    return (e as DataError).message.split("\n")[1]?.trim() ?? "";
  }
  throw new Error("loadData accepted the bad row");
}

test("loadData(fixture) returns every table with names, values, bounds and date spans filled in", () => {
  const t = loadData(FIXTURE);
  expect(t.sources).toHaveLength(2);
  expect(t.subjects).toHaveLength(4);
  expect(t.figures).toHaveLength(7);
  expect(t.milestones).toHaveLength(3);
  const total = t.figures.find((f) => f.figure_id === "area-total");
  expect(total).toMatchObject({
    value: 1080e8,
    unit: "CNY",
    bound: "exact",
    as_written: "1080亿",
    read_as: "1080亿元",
  });
  const tourism = t.figures.find((f) => f.figure_id === "tourism-primary");
  expect(tourism).toMatchObject({
    value: 1e10,
    bound: "at_least",
    subject_name_en: "Culture and tourism project",
  });
  expect(t.figures.find((f) => f.figure_id === "chem-other")).toMatchObject({
    bound: "approx",
    source_date: "2023-05-08",
  });
  expect(t.milestones.find((m) => m.milestone_id === "secret-done")).toMatchObject({
    date_start: "2023-12-01",
    date_end: "2023-12-31",
  });
});

test("loadData(dir) reads an amount written in Traditional characters like its Simplified form", () => {
  const dir = copyFixture();
  edit(dir, "raw/figures.csv", "约178亿元,", "約178億元,");
  const chem = loadData(dir).figures.find((f) => f.figure_id === "chem-other");
  expect(chem).toMatchObject({ value: 178e8, unit: "CNY", bound: "approx", as_written: "約178億元" });
});

describe("loadData(dir) stops on a bad row with file, line, column, value and reason", () => {
  test("an unknown unit", () => {
    expect(problemAfter("raw/figures.csv", "10亿元,,,primary", "10吨,,,primary")).toMatch(
      /^data\/raw\/figures\.csv:8: column "as_written" value "10吨": .*吨/,
    );
  });
  test("an unreadable amount", () => {
    expect(problemAfter("raw/figures.csv", "175亿元,", "很多钱,")).toMatch(
      /^data\/raw\/figures\.csv:5: column "as_written" value "很多钱": /,
    );
  });
  test("a negative investment", () => {
    expect(problemAfter("raw/figures.csv", "175亿元,", "-175亿元,")).toMatch(
      /^data\/raw\/figures\.csv:5: column "as_written" value "-175亿元": /,
    );
  });
  test("a unit with no number: 亿元 is not one 亿", () => {
    expect(problemAfter("raw/figures.csv", "175亿元,", "亿元,")).toBe(
      'data/raw/figures.csv:5: column "as_written" value "亿元": cannot read amount "亿元": no number before "亿元"',
    );
  });
  test("an amount too large for a double to hold exactly, in read_as", () => {
    expect(problemAfter("raw/figures.csv", "1080亿元,", "12345678901234567891元,")).toBe(
      'data/raw/figures.csv:3: column "read_as" value "12345678901234567891元": cannot read amount "12345678901234567891元": too large to hold exactly: more than 2^53 − 1 = 9007199254740991 base units',
    );
  });
  test("an amount in the wrong unit for its measure", () => {
    expect(problemAfter("raw/figures.csv", "175亿元,", "175个,")).toBe(
      'data/raw/figures.csv:5: column "as_written" value "175个": reads as unit count, but total_investment is measured in CNY',
    );
  });
  test("a percentage over 100 for a share", () => {
    expect(problemAfter("raw/figures.csv", "76.1%", "176.1%")).toBe(
      'data/raw/figures.csv:4: column "as_written" value "176.1%": a share cannot be over 100%',
    );
  });
  test("an unknown subject", () => {
    expect(problemAfter("raw/figures.csv", "chem-other,chem-park", "chem-other,chem-prak")).toBe(
      'data/raw/figures.csv:6: column "subject_id" value "chem-prak": unknown subject: no subject has this id',
    );
  });
  test("an unknown source", () => {
    expect(problemAfter("raw/figures.csv", ",other-2023-05-08,", ",other-2023-05-09,")).toBe(
      'data/raw/figures.csv:6: column "source_id" value "other-2023-05-09": unknown source: no source has this id',
    );
  });
  test("an unknown measure", () => {
    expect(problemAfter("raw/figures.csv", "tourism,total_investment", "tourism,total_invest")).toMatch(
      /^data\/raw\/figures\.csv:7: column "measure" value "total_invest": unknown measure; known: /,
    );
  });
  test("a duplicate id", () => {
    expect(
      problemAfter(
        "raw/figures.csv",
        null,
        "area-planned,area,started_projects,141个,,2023,primary-2023,line 3,,",
      ),
    ).toBe('data/raw/figures.csv:9: column "id" value "area-planned": duplicate id: ids must be unique');
  });
  test("a duplicate key (same subject, measure, period and source)", () => {
    expect(
      problemAfter(
        "raw/figures.csv",
        null,
        "area-planned-2,area,planned_projects,126个,,2023,primary-2023,line 4,,",
      ),
    ).toBe(
      'data/raw/figures.csv:9: column "id" value "area-planned-2": a figure with the same subject, measure, period and source is already listed',
    );
  });
  test("a read_as with no note", () => {
    expect(
      problemAfter(
        "raw/figures.csv",
        "原文没有“元”；金额以元计,the text has no 元; the amount is in yuan",
        ",",
      ),
    ).toBe(
      'data/raw/figures.csv:3: column "note_en" value "": a row with read_as needs a note (note_zh and note_en) saying why the text was read that way',
    );
  });
  test("a note in one language only", () => {
    expect(problemAfter("raw/figures.csv", "原文没有“元”；金额以元计,", ",")).toBe(
      'data/raw/figures.csv:3: column "note_zh" value "": note_en is set: give note_zh too',
    );
  });
  test("a location that is not a place in the report", () => {
    expect(problemAfter("raw/figures.csv", ",body text,", ",our notes row 2,")).toBe(
      'data/raw/figures.csv:6: column "location" value "our notes row 2": unknown location; use one of: line N, body text, summary, no copy',
    );
  });
  test("an impossible period", () => {
    expect(problemAfter("raw/figures.csv", "76.1%,,2023-H1", "76.1%,,2023-13")).toBe(
      'data/raw/figures.csv:4: column "period" value "2023-13": month 13 does not exist',
    );
  });
  test("an impossible date", () => {
    expect(problemAfter("raw/milestones.csv", "2023-04-12,day", "2023-02-30,day")).toBe(
      'data/raw/milestones.csv:2: column "date" value "2023-02-30": day 30 does not exist in 2023-02',
    );
  });
  test("a date that does not fit its precision", () => {
    expect(problemAfter("raw/milestones.csv", "2024-04,month", "2024-04,day")).toBe(
      'data/raw/milestones.csv:4: column "date" value "2024-04": a date of precision day is written YYYY-MM-DD',
    );
  });
  test("a milestone reported done before it happened", () => {
    expect(problemAfter("raw/milestones.csv", "2024-04,month,planned", "2024-04,month,done")).toBe(
      'data/raw/milestones.csv:4: column "status" value "done": the date 2024-04 is after the source\'s date 2023: it can only be planned',
    );
  });
  test("an unknown precision", () => {
    expect(problemAfter("raw/milestones.csv", "2024-04,month", "2024-04,monthly")).toMatch(
      /^data\/raw\/milestones\.csv:4: column "precision" value "monthly": /,
    );
  });
  test("an unknown parent subject", () => {
    expect(problemAfter("raw/subjects.csv", "chemicals,,", "chemicals,nowhere,")).toBe(
      'data/raw/subjects.csv:3: column "parent_id" value "nowhere": unknown subject: no subject has this id',
    );
  });
  test("a source whose id is not its file name", () => {
    expect(problemAfter("sources/other-2023-05-08.yaml", "id: other-2023-05-08", "id: other-2023")).toBe(
      'data/sources/other-2023-05-08.yaml:1: column "id" value "other-2023": must equal the file name',
    );
  });
  test("a source with an impossible date, reported on its line", () => {
    expect(problemAfter("sources/other-2023-05-08.yaml", '"2023-05-08"', '"2023-05-32"')).toBe(
      'data/sources/other-2023-05-08.yaml:7: column "date" value "2023-05-32": day 32 does not exist in 2023-05',
    );
  });
  test("a source missing a required field", () => {
    expect(
      problemAfter("sources/primary-2023.yaml", "reliability_en: A fixture written for the tests.\n", ""),
    ).toMatch(
      /^data\/sources\/primary-2023\.yaml:1: column "reliability_en": missing: every source needs this field$/,
    );
  });
  test("a source with a via in one language only, reported on its line", () => {
    expect(problemAfter("sources/primary-2023.yaml", "via_en: null", 'via_en: "a mirror"')).toBe(
      'data/sources/primary-2023.yaml:9: column "via_zh" value "null": via_en is set: give via_zh too',
    );
  });
});

test("loadData(dir) lists every problem at once, not only the first", () => {
  const dir = copyFixture();
  edit(dir, "raw/figures.csv", "175亿元,", "很多钱,");
  edit(dir, "raw/milestones.csv", "2023-04-12,day", "2023-02-30,day");
  expect(() => loadData(dir)).toThrow(/^2 problems in data:\n/);
});

/** Rewrites a file of a data folder in another encoding, as a spreadsheet set to GBK saves it. */
function reencode(dir: string, file: string, encode: (text: string) => Buffer): void {
  writeFileSync(join(dir, file), encode(readFileSync(join(dir, file), "utf8")));
}

test("loadData(dir with a GBK raw/subjects.csv) stops at the file, line and byte, suggesting iconv from GB18030", () => {
  const dir = copyFixture();
  reencode(dir, "raw/subjects.csv", (t) => encodeLegacy("gbk", t));
  // The first byte that is not ASCII, on line 2 (the header is ASCII).
  const offset = readFileSync(join(dir, "raw/subjects.csv")).findIndex((b) => b >= 0x80);
  expect(() => loadData(dir)).toThrow(
    new RegExp(
      `data/raw/subjects\\.csv:2: not valid UTF-8 at byte offset ${offset}\\b.*GB18030.*iconv -f GB18030 -t UTF-8 subjects\\.csv`,
    ),
  );
});

test("loadData(dir with a GBK source YAML) reports it with file and line among the other problems", () => {
  const dir = copyFixture();
  reencode(dir, "sources/primary-2023.yaml", (t) => encodeLegacy("gbk", t));
  expect(() => loadData(dir)).toThrow(/data\/sources\/primary-2023\.yaml:\d+: not valid UTF-8 .*GB18030/);
});

test("loadData(dir whose CSV and YAML files start with a BOM) reads them as if it were not there", () => {
  const dir = copyFixture();
  for (const file of ["raw/subjects.csv", "raw/figures.csv", "sources/primary-2023.yaml"]) {
    reencode(dir, file, (t) => Buffer.from(`\uFEFF${t}`));
  }
  const t = loadData(dir);
  expect(t.subjects).toHaveLength(4);
  expect(t.sources.find((s) => s.kind === "primary")?.id).toBe("primary-2023");
});
