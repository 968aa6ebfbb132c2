import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { DataError } from "./DataError.ts";
import { decodeText } from "./decodeText.ts";
import { MAX_INPUT_BYTES } from "./limits.ts";

export { MAX_INPUT_BYTES };

/**
 * Reads a text input file: a regular file (not a device, pipe or folder) of at most `maxBytes`, in UTF-8
 * (see decodeText). Returns its text without a BOM; throws a DataError naming `file` (the name to show)
 * otherwise. Never reads more than `maxBytes` and one chunk, whatever the file claims its size is.
 */
export function readTextFile(path: string, file = path, maxBytes = MAX_INPUT_BYTES): string {
  const refuse = (reason: string) => new DataError([{ file, line: 1, reason }]);
  let fd: number;
  try {
    // Non-blocking, because opening a named pipe would otherwise wait for a writer; no effect on files.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw refuse(code === "ENOENT" ? "no such file" : `cannot open it: ${(e as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw refuse(`not a regular file (${kindOf(stat)}): only text files are read`);
    const tooBig = (size: number) =>
      refuse(`${grouped(size)} bytes is over the limit of ${grouped(maxBytes)} bytes${megabytes(maxBytes)}`);
    if (stat.size > maxBytes) throw tooBig(stat.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw tooBig(total);
    }
    return decodeText(Buffer.concat(chunks, total), file);
  } finally {
    closeSync(fd);
  }
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return "a folder";
  if (stat.isFIFO()) return "a named pipe";
  if (stat.isSocket()) return "a socket";
  return "a device";
}

function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function megabytes(n: number): string {
  return n >= 1_000_000 ? ` (${n / 1_000_000} MB)` : "";
}
