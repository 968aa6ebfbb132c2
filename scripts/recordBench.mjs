// Every benchmark writes its figures into BENCH.md at the repository root, in a section of its own
// between `<!-- bench:NAME:begin -->` and `<!-- bench:NAME:end -->`; other sections are left alone.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";

const BENCH_MD = fileURLToPath(new URL("../BENCH.md", import.meta.url));
const HEADER =
  "# Benchmarks\n\nFigures from `npm run bench`. Each section is rewritten by its benchmark and names the machine it ran on.\n";

/** Returns the machine a figure comes from, in words: CPU model and cores, memory. */
export function machine() {
  const cpu = cpus();
  const model = (cpu[0]?.model ?? "unknown CPU").replace(/\s+/g, " ").trim();
  return `${cpu.length} × ${model}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
}

/**
 * Returns the one-minute load average, for "load average X at the start and Y at the end": the project's
 * machines are shared, and a ratio to a floor measured in the same run is what carries over, not the
 * milliseconds.
 */
export function load() {
  return loadavg()[0].toFixed(1);
}

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
