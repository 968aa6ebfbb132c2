import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The small documented fixture: 2 sources, 4 subjects, 7 figures (one disagreement), 3 milestones. */
export const FIXTURE = fileURLToPath(new URL("./fixtures/data/", import.meta.url));

/** Copies the fixture data folder to a fresh temporary `data/` and returns its path. */
export function copyFixture(): string {
  const root = mkdtempSync(join(tmpdir(), "newarea-"));
  const dir = join(root, "data");
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Rewrites one file of a data folder: replaces `from` with `to` (which must be found) or appends a line. */
export function edit(dataDir: string, file: string, from: string | null, to: string): void {
  const path = join(dataDir, file);
  const text = readFileSync(path, "utf8");
  if (from === null) {
    writeFileSync(path, `${text}${to}\n`);
    return;
  }
  if (!text.includes(from)) throw new Error(`fixture ${file} has no ${JSON.stringify(from)}`);
  writeFileSync(path, text.replace(from, to));
}

const legacyCodes = new Map<string, Map<string, readonly [number, number]>>();

/** Every character of a two-byte encoding with its bytes, built once per encoding by decoding each code. */
function codesOf(label: "gbk" | "big5"): Map<string, readonly [number, number]> {
  const known = legacyCodes.get(label);
  if (known) return known;
  const decoder = new TextDecoder(label, { fatal: true });
  const codes = new Map<string, readonly [number, number]>();
  // Big5's common characters sit at leads 0xA1–0xF9; scanning only them keeps its extensions out.
  const [first, last] = label === "big5" ? [0xa1, 0xf9] : [0x81, 0xfe];
  for (let lead = first; lead <= last; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const char = decoder.decode(Uint8Array.of(lead, trail));
        if (char.length === 1 && !codes.has(char)) codes.set(char, [lead, trail]);
      } catch {
        // An unassigned code.
      }
    }
  }
  legacyCodes.set(label, codes);
  return codes;
}

/**
 * Encodes text in a legacy two-byte encoding the runtime can decode ("gbk", "big5"): the bytes a
 * spreadsheet saves when it is not told to use UTF-8. Throws on a character the encoding lacks.
 */
export function encodeLegacy(label: "gbk" | "big5", text: string): Buffer {
  const codes = codesOf(label);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = codes.get(char);
      if (!pair) throw new Error(`${label} has no ${char}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}
