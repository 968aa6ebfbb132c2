import { parseArgs } from "node:util";
import fc from "fast-check";
import { expect, test } from "vitest";
import { type CliOption, parseCliArgs } from "../../src/cli/parseCliArgs.ts";

const OPTIONS: Record<string, CliOption> = {
  format: { type: "string", default: "table" },
  out: { type: "string" },
  sandbox: { type: "boolean", default: false },
  json: { type: "boolean" },
};

/** node:util's parseArgs, as the CLI called it before: the reference. */
function reference(args: string[]) {
  const r = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  return { values: { ...r.values }, positionals: r.positionals };
}

test("parseCliArgs reads what node:util's parseArgs reads, for the CLI's kinds of options", () => {
  for (const args of [
    [],
    ["select 1"],
    ["select 1", "--format", "json"],
    ["--format=csv", "select 1", "--sandbox"],
    ["--out", "dir", "--json", "a", "b"],
    ["--", "--format", "-x"],
    ["-", "--format="],
  ]) {
    expect(parseCliArgs(args, OPTIONS), args.join(" ")).toEqual(reference(args));
  }
});

test("parseCliArgs refuses what parseArgs refuses: unknown options, a missing value, a value to a boolean", () => {
  for (const args of [
    ["--frobnicate"],
    ["-x"],
    ["--format"],
    ["--format", "--sandbox"],
    ["--sandbox=yes"],
    ["-5亿"],
  ]) {
    expect(() => reference(args), args.join(" ")).toThrow();
    expect(() => parseCliArgs(args, OPTIONS), args.join(" ")).toThrow(/option/i);
  }
});

test("parseCliArgs agrees with parseArgs on random command lines (either both refuse, or both read the same)", () => {
  const token = fc.oneof(
    fc.constantFrom(
      "--format",
      "--out",
      "--sandbox",
      "--json",
      "--",
      "-",
      "--format=json",
      "--unknown",
      "-x",
    ),
    fc.string({ maxLength: 6 }).filter((s) => !s.startsWith("-")),
  );
  fc.assert(
    fc.property(fc.array(token, { maxLength: 6 }), (args) => {
      let expected: unknown;
      try {
        expected = reference(args);
      } catch {
        expect(() => parseCliArgs(args, OPTIONS)).toThrow();
        return;
      }
      expect(parseCliArgs(args, OPTIONS)).toEqual(expected);
    }),
    { numRuns: 2000 },
  );
});
