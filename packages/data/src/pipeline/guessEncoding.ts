/**
 * Guesses the legacy Chinese encoding of bytes that are not UTF-8: "GB18030" (which covers GBK and
 * GB2312, what spreadsheets in mainland China save) or "BIG5" (Traditional Chinese), whichever reads
 * every byte as a character; undefined when neither does. Big5 text often reads as GB18030 too (as
 * nonsense), so when both do, GB18030 wins only if nearly every two-byte code lies in GB2312's range
 * (both bytes 0xA1–0xFE), as Simplified text does.
 */
export function guessEncoding(bytes: Uint8Array): "GB18030" | "BIG5" | undefined {
  const gb = decodesCleanly("gb18030", bytes);
  const big5 = decodesCleanly("big5", bytes);
  if (gb && (!big5 || gb2312Share(bytes) >= 0.9)) return "GB18030";
  return big5 ? "BIG5" : undefined;
}

function decodesCleanly(label: "gb18030" | "big5", bytes: Uint8Array): boolean {
  const units = countCodes(label, bytes);
  if (units < 0) return false;
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    // A sequence the encoding does not allow, or a runtime without the decoder (Node with small-icu).
    return false;
  }
  // ICU's decoders drop some unassigned codes without an error even when fatal: count what came out.
  return !text.includes("\uFFFD") && [...text].length >= units;
}

/** Number of characters the bytes hold in `label`'s byte structure, or -1 where the structure breaks. */
function countCodes(label: "gb18030" | "big5", bytes: Uint8Array): number {
  let codes = 0;
  for (let i = 0; i < bytes.length; codes++) {
    const lead = bytes[i] as number;
    const next = bytes[i + 1] ?? -1;
    if (lead < 0x80 || (label === "gb18030" && lead === 0x80)) i += 1;
    else if (lead === 0xff) return -1;
    else if (label === "gb18030" && next >= 0x30 && next <= 0x39 && isFourByteTail(bytes, i)) i += 4;
    else if (isTrail(label, next)) i += 2;
    else return -1;
  }
  return codes;
}

function isTrail(label: "gb18030" | "big5", b: number): boolean {
  if (label === "big5") return (b >= 0x40 && b <= 0x7e) || (b >= 0xa1 && b <= 0xfe);
  return b >= 0x40 && b <= 0xfe && b !== 0x7f;
}

function isFourByteTail(bytes: Uint8Array, i: number): boolean {
  const third = bytes[i + 2] ?? -1;
  const fourth = bytes[i + 3] ?? -1;
  return third >= 0x81 && third <= 0xfe && fourth >= 0x30 && fourth <= 0x39;
}

/** Share of the two-byte codes, read the way GB18030 splits them, that lie in GB2312's range. */
function gb2312Share(bytes: Uint8Array): number {
  let codes = 0;
  let inGb2312 = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = bytes[i + 1] ?? 0;
    codes++;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) inGb2312++;
    i += trail >= 0x30 && trail <= 0x39 ? 4 : 2;
  }
  return codes === 0 ? 0 : inGb2312 / codes;
}
