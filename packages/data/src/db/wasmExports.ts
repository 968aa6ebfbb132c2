// DuckDB-WASM 1.32 is linked as an Emscripten MAIN_MODULE so that it could load extensions as side modules,
// and so exports 75,011 symbols (65,167 functions, 9,844 data addresses): a 7.4 MB export section, a fifth
// of the 34 MB wasm. Side modules never load here (extensions are neither installed nor autoloaded, and the
// parquet and json extensions are not built in), so nearly all of these exports are never looked up. Yet each
// costs at every start: V8 decodes and checks them when compiling, makes an export object for each when
// instantiating, and Emscripten's glue walks them all in JavaScript. Measured in Node on a quiet machine:
// compile 190 → 129 ms, V8's instantiation 113 → 8 ms, the glue after it 215 → 50 ms.
//
// planExports chooses the exports to keep (at build time), applyExportPlan drops the others (at every
// start, cheaply). What can look an export up is known: the glue's JavaScript (by name:
// `wasmExports.malloc`, `Module._duckdb_web_open`, ccall("duckdb_web_open")), the module's own GOT imports (GOT.func / GOT.mem: the glue resolves them from the exports), and the
// `dynCall_*` wrappers the glue registers by prefix. Keeping every export whose name is an identifier
// anywhere in the glue's text (with or without Emscripten's leading underscore) keeps a superset of what it
// reads, about 300 names. Nothing else in the binary changes: code, tables, data and indices are the same
// bytes, so DuckDB runs the same code. What is given up: linking an extension as a side module (`LOAD x`)
// against the dropped exports. Not something this package did: autoloading is off, and DuckDB-WASM 1.32's
// Node bundle hangs on `LOAD` of a local file with every export kept (tried: a missing file, 60 s).

/** Reads an unsigned LEB128 number at `at`; returns it and where the next field starts. */
function readU32(bytes: Uint8Array, at: number): [value: number, next: number] {
  let value = 0;
  let shift = 0;
  let p = at;
  for (;;) {
    if (p >= bytes.length) throw new Error(`wasm: truncated number at byte ${at}`);
    const b = bytes[p++] as number;
    value += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return [value, p];
    shift += 7;
    if (shift > 35) throw new Error(`wasm: number too long at byte ${at}`);
  }
}

function writeU32(value: number): number[] {
  const out: number[] = [];
  let v = value;
  do {
    let b = v % 128;
    v = Math.floor(v / 128);
    if (v > 0) b |= 0x80;
    out.push(b);
  } while (v > 0);
  return out;
}

// Names are compared as Latin-1: exact for the ASCII names the glue can spell, and never equal to one of
// them for any other name (whose UTF-8 bytes include one over 0x7f).
const decoder = new TextDecoder("latin1");

/** Reads a name (length-prefixed bytes) at `at`. */
function readName(bytes: Uint8Array, at: number): [name: string, next: number] {
  const [length, start] = readU32(bytes, at);
  const end = start + length;
  if (end > bytes.length) throw new Error(`wasm: truncated name at byte ${at}`);
  return [decoder.decode(bytes.subarray(start, end)), end];
}

/** Skips a table or memory's limits. */
function skipLimits(bytes: Uint8Array, at: number): number {
  const flags = bytes[at] as number;
  let p = readU32(bytes, at + 1)[1];
  if (flags & 1) p = readU32(bytes, p)[1];
  return p;
}

interface Section {
  id: number;
  /** Where the section starts (its id byte) and where its contents start and end. */
  start: number;
  contents: number;
  end: number;
}

function sections(bytes: Uint8Array): Section[] {
  const magic = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  if (bytes.length < 8 || magic.some((b, i) => bytes[i] !== b)) {
    throw new Error("wasm: not a WebAssembly 1.0 binary");
  }
  const out: Section[] = [];
  for (let p = 8; p < bytes.length; ) {
    const id = bytes[p] as number;
    const [size, contents] = readU32(bytes, p + 1);
    const end = contents + size;
    if (end > bytes.length) throw new Error(`wasm: section ${id} at byte ${p} runs past the end`);
    out.push({ id, start: p, contents, end });
    p = end;
  }
  return out;
}

const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;

/** The names a module imports from `GOT.func` and `GOT.mem`: Emscripten resolves them from its exports. */
export function gotImports(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const section = sections(bytes).find((s) => s.id === IMPORT_SECTION);
  if (!section) return names;
  let [count, p] = readU32(bytes, section.contents);
  for (; count > 0; count--) {
    const [module, afterModule] = readName(bytes, p);
    const [field, afterField] = readName(bytes, afterModule);
    const kind = bytes[afterField] as number;
    p = afterField + 1;
    if (kind === 0)
      p = readU32(bytes, p)[1]; // function: type index
    else if (kind === 1)
      p = skipLimits(bytes, p + 1); // table: element type, limits
    else if (kind === 2)
      p = skipLimits(bytes, p); // memory: limits
    else if (kind === 3)
      p += 2; // global: value type, mutability
    else if (kind === 4)
      p = readU32(bytes, p + 1)[1]; // tag: attribute, type index
    else throw new Error(`wasm: import "${module}.${field}" has an unknown kind ${kind}`);
    if (module === "GOT.func" || module === "GOT.mem") names.add(field);
  }
  return names;
}

/** Every identifier in `texts` (JavaScript): the names a glue could use to look up an export. */
export function glueIdentifiers(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(/[A-Za-z_$][\w$]*/g)) names.add(m[0]);
  return names;
}

/** An export as the binary holds it: its name, kind (0 function, 3 global …) and index. */
export type WasmExport = [name: string, kind: number, index: number];

/**
 * Which exports to keep in one wasm binary, and how to know that binary again: its length, the place of
 * its export section and that section's CRC-32. Computed once (at build time) by planExports, applied at
 * every start by applyExportPlan, which then reads none of the 75,011 names.
 */
export interface ExportPlan {
  wasmLength: number;
  sectionStart: number;
  sectionEnd: number;
  sectionCrc32: number;
  exports: WasmExport[];
  dropped: number;
}

/** CRC-32 (node:zlib's, or a plain one where it is missing: Node < 20.15, browsers). */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * Returns the plan for `wasm`: keep the exports that `glueNames` names (see glueIdentifiers; an export
 * `foo` is kept for `foo` or `_foo`), that the module imports from its GOT, and the `dynCall_` wrappers.
 * Throws on a binary it cannot read, and when it would drop every export (a glue that does not belong to
 * this wasm). `checksum` is the CRC-32 to record (pass node:zlib's crc32 where there is one; undefined
 * takes the plain one).
 */
export function planExports(
  wasm: Uint8Array,
  glueNames: ReadonlySet<string>,
  checksum: (bytes: Uint8Array) => number = crc32,
): ExportPlan {
  const section = sections(wasm).find((s) => s.id === EXPORT_SECTION);
  if (!section) throw new Error("wasm: the module has no export section");
  const got = gotImports(wasm);
  const keep = (name: string) =>
    glueNames.has(name) || glueNames.has(`_${name}`) || got.has(name) || name.startsWith("dynCall_");
  const exports: WasmExport[] = [];
  let dropped = 0;
  let [count, p] = readU32(wasm, section.contents);
  for (; count > 0; count--) {
    const [name, afterName] = readName(wasm, p);
    const kind = wasm[afterName] as number;
    const [index, next] = readU32(wasm, afterName + 1);
    p = next;
    if (keep(name)) exports.push([name, kind, index]);
    else dropped++;
  }
  if (p !== section.end) throw new Error(`wasm: the export section ends at byte ${p}, not ${section.end}`);
  if (exports.length === 0 && dropped > 0)
    throw new Error("wasm: the glue names none of the module's exports");
  return {
    wasmLength: wasm.length,
    sectionStart: section.start,
    sectionEnd: section.end,
    sectionCrc32: checksum(wasm.subarray(section.start, section.end)),
    exports,
    dropped,
  };
}

/**
 * True when `section` (the bytes from the plan's sectionStart to its sectionEnd) is the export section the
 * plan was made from.
 */
export function sectionMatches(
  section: Uint8Array,
  plan: ExportPlan,
  checksum: (bytes: Uint8Array) => number = crc32,
): boolean {
  return (
    section.length === plan.sectionEnd - plan.sectionStart &&
    section[0] === EXPORT_SECTION &&
    checksum(section) === plan.sectionCrc32
  );
}

/** The export section holding only the plan's exports, as bytes (id and size included). */
export function exportSection(plan: ExportPlan): Uint8Array {
  const body: number[] = writeU32(plan.exports.length);
  for (const [name, kind, index] of plan.exports) {
    // Back to the bytes it was read from (Latin-1: one byte per character).
    body.push(...writeU32(name.length));
    for (let i = 0; i < name.length; i++) body.push(name.charCodeAt(i));
    body.push(kind, ...writeU32(index));
  }
  return new Uint8Array([EXPORT_SECTION, ...writeU32(body.length), ...body]);
}

/**
 * Returns `wasm` with its export section replaced by the plan's exports: every other byte the same.
 * Undefined when `wasm` is not the binary the plan was made for (another length, another export section).
 */
export function applyExportPlan(
  wasm: Uint8Array,
  plan: ExportPlan,
  checksum: (bytes: Uint8Array) => number = crc32,
): Uint8Array<ArrayBuffer> | undefined {
  const { sectionStart: start, sectionEnd: end } = plan;
  if (wasm.length !== plan.wasmLength || !sectionMatches(wasm.subarray(start, end), plan, checksum)) {
    return undefined;
  }
  const section = exportSection(plan);
  const out = new Uint8Array(wasm.length - (end - start) + section.length);
  out.set(wasm.subarray(0, start), 0);
  out.set(section, start);
  out.set(wasm.subarray(end), start + section.length);
  return out;
}
