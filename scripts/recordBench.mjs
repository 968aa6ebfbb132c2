// Every benchmark writes its figures into BENCH.md at the repository root, in a section of its own
// between `<!-- bench:NAME:begin -->` and `<!-- bench:NAME:end -->`; other sections are left alone.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const BENCH_MD = fileURLToPath(new URL("../BENCH.md", import.meta.url));
const HEADER =
  "# Benchmarks\n\nFigures from `npm run bench` on the project's machine (2 cores, 24 GiB). Each section is rewritten by its benchmark.\n";

/** Replaces (or appends) section `name` of BENCH.md with `lines`; returns the file's path. */
export function recordBench(name, lines) {
  const begin = `<!-- bench:${name}:begin -->`;
  const end = `<!-- bench:${name}:end -->`;
  const section = [begin, ...lines, end].join("\n");
  const md = existsSync(BENCH_MD) ? readFileSync(BENCH_MD, "utf8") : HEADER;
  const next = md.includes(begin)
    ? md.replace(new RegExp(`${begin}[\\s\\S]*${end}`), () => section)
    : `${md.trimEnd()}\n\n${section}\n`;
  writeFileSync(BENCH_MD, next);
  return BENCH_MD;
}
