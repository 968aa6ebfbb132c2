import { readdirSync } from "node:fs";
import { join } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { SourceRow } from "../types.ts";
import { DataError, type DataErrorDetail } from "./DataError.ts";
import { checkIsoDate } from "./dates.ts";
import { readTextFile } from "./readTextFile.ts";
import { sourceSchema } from "./schemas.ts";

/**
 * Reads every data/sources/*.yaml. Returns the valid sources, the problems found (each with file and line),
 * and every id seen, valid or not, so that one bad source is reported once rather than at every use.
 */
export function readSources(
  dataDir: string,
  rel: string,
): { rows: SourceRow[]; problems: DataErrorDetail[]; seen: Set<string> } {
  const rows: SourceRow[] = [];
  const problems: DataErrorDetail[] = [];
  const seen = new Set<string>();
  const dir = join(dataDir, "sources");
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const file = `${rel}/sources/${name}`;
    seen.add(name.replace(/\.ya?ml$/, ""));
    let text: string;
    try {
      text = readTextFile(join(dir, name), file);
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      problems.push(...e.details);
      continue;
    }
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) problems.push({ file, line: e.linePos?.[0].line ?? 1, reason: e.message });
      continue;
    }
    // Line of a key, so that a bad value is reported where it stands.
    const lineOf = (key: string | number | undefined): number => {
      const node = doc.get(String(key), true) as { range?: [number, number, number] } | undefined;
      return node?.range ? lines.linePos(node.range[0]).line : 1;
    };
    const raw = doc.toJS() as Record<string, unknown> | null;
    if (typeof raw?.id === "string") seen.add(raw.id);
    const parsed = sourceSchema.safeParse(raw ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as string | undefined;
        const value = key && raw ? raw[key] : undefined;
        problems.push({
          file,
          line: lineOf(key),
          column: key,
          value: value === undefined ? undefined : String(value),
          reason: value === undefined ? "missing: every source needs this field" : issue.message,
        });
      }
      continue;
    }
    const s = parsed.data;
    if (`${s.id}.yaml` !== name && `${s.id}.yml` !== name) {
      problems.push({
        file,
        line: lineOf("id"),
        column: "id",
        value: s.id,
        reason: `must equal the file name`,
      });
    }
    const bad = checkIsoDate(s.date);
    if (bad) problems.push({ file, line: lineOf("date"), column: "date", value: s.date, reason: bad });
    rows.push({ ...s, url: s.url ?? null, via_zh: s.via_zh ?? null, via_en: s.via_en ?? null });
  }
  if (rows.filter((s) => s.kind === "primary").length === 0 && problems.length === 0) {
    problems.push({
      file: `${rel}/sources`,
      line: 1,
      reason: "no primary source: one source must be kind: primary",
    });
  }
  return { rows, problems, seen };
}
