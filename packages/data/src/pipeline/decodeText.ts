import { basename, extname } from "node:path";
import { DataError } from "./DataError.ts";
import { guessEncoding } from "./guessEncoding.ts";

/**
 * Decodes the bytes of a text input file as UTF-8, dropping a BOM. Throws a DataError naming the file,
 * the line and the byte offset when they are not UTF-8 text — a binary file (a NUL byte), UTF-16, or
 * another encoding — suggesting the encoding to convert from (GB18030 or Big5, told apart by which
 * decodes cleanly) and the iconv command that does it.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  const fail = (offset: number, reason: string) =>
    new DataError([{ file, line: lineAt(bytes, offset), reason }]);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw fail(0, `UTF-16 text (as Excel saves "Unicode text"), not UTF-8; ${convert(file, "UTF-16")}`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw fail(nul, `binary file (a NUL byte at byte offset ${nul}): only UTF-8 text is read`);
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const shown = Array.from(bytes.subarray(bad, bad + 4), (b) => b.toString(16).padStart(2, "0")).join(" ");
    const encoding = guessEncoding(bytes);
    const hint = encoding
      ? `it looks like ${encoding === "BIG5" ? "Big5 (Traditional Chinese)" : "GB18030 (GBK, GB2312)"}; ${convert(file, encoding)}`
      : `save it as UTF-8 (\`file -i ${quote(basename(file))}\` may tell what it is now)`;
    throw fail(bad, `not valid UTF-8 at byte offset ${bad} (bytes ${shown}): ${hint}`);
  }
  return new TextDecoder("utf-8").decode(bytes);
}

/**
 * Returns the offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode table
 * 3-7: no overlong forms, no surrogates, nothing past U+10FFFF, nothing cut short), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const more = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (more === 0 || i + more >= bytes.length) return i;
    const second = bytes[i + 1] as number;
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= more; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    i += more + 1;
  }
  return -1;
}

function convert(file: string, from: string): string {
  const name = basename(file);
  const ext = extname(name);
  const target = `${name.slice(0, name.length - ext.length)}.utf8${ext}`;
  return `convert it with: iconv -f ${from} -t UTF-8 ${quote(name)} > ${quote(target)}, then replace the file`;
}

function quote(name: string): string {
  return /^[\w.+-]+$/.test(name) ? name : `'${name.replaceAll("'", "'\\''")}'`;
}

/** 1-based line of a byte offset: a newline byte is 0x0A in UTF-8, GB18030 and Big5 alike. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
