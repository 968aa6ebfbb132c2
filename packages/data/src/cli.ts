#!/usr/bin/env node
import { createRequire } from "node:module";
import { type CliOption, parseCliArgs } from "./cli/parseCliArgs.ts";
import { DataError, formatDetail } from "./pipeline/DataError.ts";
import { MAX_INPUT_BYTES } from "./pipeline/limits.ts";

// Each command loads or runs only what it needs: DuckDB-WASM (query), the Traditional → Simplified table
// (clean-text), the build pipeline (build) and Arrow take longer to load than parse-amount takes to answer.
// Users run this file bundled into one CommonJS file (dist/cli.cjs, scripts/cliBundle.ts), where the
// dynamic imports of bundled modules only run their code when the command needs it. Node's own modules come
// through require: an ES import of node:fs first builds a namespace of all its exports (5 ms).
const require = createRequire(import.meta.url);
const { copyFileSync, existsSync, renameSync, writeSync } = require("node:fs") as typeof import("node:fs");
const { join, resolve } = require("node:path") as typeof import("node:path");
const { fileURLToPath } = require("node:url") as typeof import("node:url");

const USAGE = `usage: newarea-data <command> [options]

commands:
  query "<SQL>" [--format table|json|csv] [--sandbox]
                                            run SQL over the figures, subjects, milestones and sources views.
                                            SQL can read and write local files (read_csv, COPY … TO, ATTACH);
                                            --sandbox turns file access off and locks the settings: use it
                                            for SQL you did not write
  parse-amount "<text>" [--json]            read a Chinese amount such as 超百亿元
  clean-text <file> [--strip-boilerplate]   clean scraped text: clean text on stdout, issues on stderr;
                                            the file must be UTF-8 text of at most ${MAX_INPUT_BYTES / 1e6} MB
  build [--data <dir>] [--out <dir>]        validate data/ and write the tables (Arrow, Parquet, CSV, JSON);
                                            refuses an --out that is a file, is or holds the data folder or
                                            is inside it, or holds files a build did not write
  export --format parquet|csv|json --out <dir>   copy the built tables in one format to <dir>

exit status: 0 success, 1 bad input (reason on stderr), 2 wrong usage`;

/**
 * Writes `text` to standard output (fd 1) or error (fd 2) before returning. Not process.stdout: making that
 * stream loads Node's stream and socket modules, 5 ms of a 15 ms `parse-amount`. A reader that has gone
 * (`| head`) ends the output quietly; a full non-blocking pipe is waited for.
 */
function writeOut(fd: 1 | 2, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  for (let done = 0; done < bytes.length; ) {
    try {
      done += writeSync(fd, bytes, done);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EPIPE") return;
      if (code !== "EAGAIN") throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

/** V8's wasm tiering budget for `query` (V8's default: 13,000,000; see setWasmTieringBudget). */
const WASM_TIERING_BUDGET = 300_000_000;

/** Wrong usage: exit 2. */
class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const args = (options: Record<string, CliOption>) => {
    try {
      return parseCliArgs(rest, options);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  };
  switch (command) {
    case "query": {
      const { values, positionals } = args({
        format: { type: "string", default: "table" },
        sandbox: { type: "boolean", default: false },
      });
      const sql = positionals.join(" ").trim();
      if (!sql) throw new UsageError('query needs SQL, e.g. newarea-data query "select * from figures"');
      const format = String(values.format);
      if (!["table", "json", "csv"].includes(format))
        throw new UsageError(`--format must be table, json or csv`);
      const [{ openDatabase }, { setWasmTieringBudget }, { formatTable }, { formatCsv }] = await Promise.all([
        import("./db/nodeDatabase.ts"),
        import("./db/nodeEngine.ts"),
        import("./cli/formatTable.ts"),
        import("./format/formatCsv.ts"),
      ]);
      // One query, then exit: not worth optimizing DuckDB's start-up code (see there).
      setWasmTieringBudget(WASM_TIERING_BUDGET);
      const db = openDatabase({ sandbox: Boolean(values.sandbox) });
      try {
        const rows = await db.query(sql);
        if (format === "json") writeOut(1, `${JSON.stringify(rows, null, 1)}\n`);
        else if (format === "csv") writeOut(1, formatCsv(Object.keys(rows[0] ?? {}), rows, { bom: false }));
        else writeOut(1, `${formatTable(rows)}\n`);
      } finally {
        await db.close();
      }
      return 0;
    }
    case "parse-amount": {
      const { values, positionals } = args({ json: { type: "boolean", default: false } });
      if (positionals.length !== 1) throw new UsageError('parse-amount takes one text, e.g. "超百亿元"');
      const { parseAmount } = await import("./amount/parseAmount.ts");
      const a = parseAmount(positionals[0] as string);
      writeOut(
        1,
        values.json ? `${JSON.stringify(a)}\n` : `${a.value} ${a.unit} (${a.bound}) from "${a.text}"\n`,
      );
      return 0;
    }
    case "clean-text": {
      const { values, positionals } = args({ "strip-boilerplate": { type: "boolean", default: false } });
      if (positionals.length !== 1) throw new UsageError("clean-text takes one file");
      const file = positionals[0] as string;
      const text = await readInput(file);
      const { normalizeText } = await import("./text/normalizeText.ts");
      const out = normalizeText(text, {
        stripBoilerplate: Boolean(values["strip-boilerplate"]),
      });
      writeOut(1, out.text.endsWith("\n") ? out.text : `${out.text}\n`);
      for (const issue of out.issues) writeOut(2, `${file}:${JSON.stringify(issue)}\n`);
      return 0;
    }
    case "build": {
      const { values, positionals } = args({ data: { type: "string" }, out: { type: "string" } });
      if (positionals.length > 0) throw new UsageError("build takes no positional arguments");
      const { buildData, findDataDir } = await import("./pipeline/buildData.ts");
      const dataDir = values.data ? resolve(String(values.data)) : findDataDir(process.cwd());
      if (!dataDir || !existsSync(join(dataDir, "raw"))) {
        throw new InputError("no data folder found (a data/ with raw/figures.csv); pass --data <dir>");
      }
      const out = values.out
        ? resolve(String(values.out))
        : fileURLToPath(new URL("./tables", import.meta.url));
      const manifest = buildData(dataDir, out);
      const counts = Object.entries(manifest.tables).map(([t, { rows }]) => `${t} ${rows}`);
      writeOut(2, `built ${counts.join(", ")} → ${out}\n`);
      return 0;
    }
    case "export": {
      const { values, positionals } = args({ format: { type: "string" }, out: { type: "string" } });
      const format = String(values.format ?? "");
      if (positionals.length > 0 || !["parquet", "csv", "json"].includes(format) || !values.out) {
        throw new UsageError("export needs --format parquet|csv|json and --out <dir>");
      }
      const [{ defaultTablesDir }, { TABLE_NAMES }, { makeDirs }] = await Promise.all([
        import("./db/nodeDatabase.ts"),
        import("./tables.ts"),
        import("./pipeline/makeDirs.ts"),
      ]);
      const from = defaultTablesDir();
      const out = resolve(String(values.out));
      makeDirs(out);
      for (const t of TABLE_NAMES) {
        // Copy then rename, so a reader of <dir> never sees a half-written file.
        const tmp = join(out, `.${t}.${format}.tmp`);
        copyFileSync(join(from, `${t}.${format}`), tmp);
        renameSync(tmp, join(out, `${t}.${format}`));
      }
      writeOut(2, `exported ${TABLE_NAMES.map((t) => `${t}.${format}`).join(", ")} → ${out}\n`);
      return 0;
    }
    case undefined:
    case "help":
    case "--help":
    case "-h":
      writeOut(1, `${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/** Bad input: exit 1. */
class InputError extends Error {}

/** Reads a text file named on the command line; what is wrong with it is bad input, on one line. */
async function readInput(file: string): Promise<string> {
  const { readTextFile } = await import("./pipeline/readTextFile.ts");
  try {
    return readTextFile(file, file);
  } catch (e) {
    if (e instanceof DataError) throw new InputError(e.details.map(formatDetail).join("; "));
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    // The output is written (writeOut is synchronous): exit without waiting for Node to tear down what is
    // left, after a query DuckDB-WASM's 30 MB module and V8's background compilation of it.
    process.exit(code);
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      writeOut(2, `newarea-data: ${e.message}\n${USAGE}\n`);
      process.exitCode = 2;
    } else if (e instanceof DataError) {
      writeOut(2, `newarea-data: ${e.message}\n`);
      process.exitCode = 1;
    } else {
      // Bad input (unreadable amount, missing file, DuckDB's message for bad SQL): its first line.
      const message = e instanceof Error ? e.message : String(e);
      writeOut(2, `newarea-data: ${message.split("\n")[0]}\n`);
      process.exitCode = 1;
    }
  },
);
