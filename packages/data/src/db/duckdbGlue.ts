// DuckDB-WASM 1.32 is built with Emscripten's MAIN_MODULE (so that it can load extensions as side
// modules), which exports 75,011 symbols. On instantiation, Emscripten's dynamic-linking glue walks all of
// them in JavaScript, several times: a WebAssembly.Global and a table slot for every exported function
// (updateGOT), copies through Object.entries (mergeLibSymbols, registerDynCallSymbols) and Object.assign
// (applySignatureConversions). Measured: 0.85 s of the blocking bundle's 1.25 s instantiate() in Node, and
// about a second in Chromium's worker — two to three times the cost of compiling the wasm itself.
//
// These rewrites of the glue's text do the same with less work. GOT entries are made for the symbols that
// something imports (the module's own GOT imports, and any side module's, which Emscripten's GOT proxy
// creates on demand and reportUndefinedSymbols fills from wasmImports, where mergeLibSymbols still puts
// every export). The copies become for…in loops over the same own enumerable keys, in the same order.
// applySignatureConversions wraps a few exports of an object relocateExports has just made and nothing
// else holds, so it no longer copies it first. And instantiateWasm also takes an already compiled
// WebAssembly.Module where it took the wasm's path or URL, so that the wasm is compiled once, early, by
// whoever fetched it.

/** One rewrite: what it changes, the pattern (global) and its replacement. */
interface Rewrite {
  what: string;
  pattern: RegExp;
  replace: (...groups: string[]) => string;
}

const GLUE: Rewrite[] = [
  {
    what: "updateGOT: a GOT entry only for symbols something imports",
    pattern:
      /for\(var (\w) in (\w)\)if\(!isInternalSym\(\1\)\)\{var (\w)=\2\[\1\];\1\.startsWith\("orig\$"\)&&\(\1=\1\.split\("\$"\)\[1\],(\w)=!0\),GOT\[\1\]\|\|\(GOT\[\1\]=new WebAssembly\.Global\(\{value:"i32",mutable:!0\}\)\),\(\4\|\|GOT\[\1\]\.value==0\)&&/g,
    replace: (_, k, e, v, r) =>
      `for(var ${k} in ${e})if((${k} in GOT||${k}.startsWith("orig$"))&&!isInternalSym(${k})){var ${v}=${e}[${k}];${k}.startsWith("orig$")&&(${k}=${k}.split("$")[1],${r}=!0),GOT[${k}]&&(${r}||GOT[${k}].value==0)&&`,
  },
  {
    what: "registerDynCallSymbols: for…in instead of Object.entries",
    pattern:
      /registerDynCallSymbols=(\w)=>\{for\(var\[(\w),(\w)\]of Object\.entries\(\1\)\)\2\.startsWith\("dynCall_"\)&&!Module\.hasOwnProperty\(\2\)&&\(Module\[\2\]=\3\)\}/g,
    replace: (_, e, k) =>
      `registerDynCallSymbols=${e}=>{for(var ${k} in ${e})${k}.startsWith("dynCall_")&&!Module.hasOwnProperty(${k})&&(Module[${k}]=${e}[${k}])}`,
  },
  {
    what: "mergeLibSymbols: for…in instead of Object.entries and a closure per symbol",
    pattern:
      /for\(var\[(\w),(\w)\]of Object\.entries\((\w)\)\)\((\w)=>\{isSymbolDefined\(\4\)\|\|\(wasmImports\[\4\]=\2\)\}\)\(\1\)/g,
    replace: (_, k, _v, e) => `for(var ${k} in ${e})isSymbolDefined(${k})||(wasmImports[${k}]=${e}[${k}])`,
  },
  {
    what: "applySignatureConversions: no copy of the 75,011 exports",
    pattern: /function applySignatureConversions\((\w)\)\{\1=Object\.assign\(\{\},\1\);/g,
    replace: (_, e) => `function applySignatureConversions(${e}){`,
  },
];

// Node only. To load an extension, DuckDB-WASM's Node glue starts a worker thread that fetches the file and
// waits for it with Atomics.wait and no time limit; when the fetch fails (offline, or any local path, which
// it turns into a URL) the worker never answers and the process hangs for good (`LOAD x`, `INSTALL x`).
// Extensions cannot link here anyway: the wasm keeps only the exports its glue looks up (wasmExports.ts).
// So the fetch is not tried: DuckDB gets the glue's own "not loaded" answer (0) at once and says so.
const NODE_EXTENSION_FETCH: Rewrite = {
  what: "Node: an extension is never fetched (the glue's fetch could hang forever)",
  pattern: /if\(typeof XMLHttpRequest>"u"\)\{let (\w)=require\("os"\)/g,
  replace: (_, os) => `if(typeof XMLHttpRequest>"u"){return 0;let ${os}=require("os")`,
};

// instantiateWasm differs between the Node blocking bundle (reads a path) and the browser worker (fetches a
// URL, streaming); each must accept a compiled module. Exactly one of these matches a given file, which then
// takes the rewrites of its kind (`also`).
const COMPILED_MODULE: { rewrite: Rewrite; also: Rewrite[] }[] = [
  {
    rewrite: {
      what: "Node: instantiateWasm takes a compiled module",
      pattern:
        /let (\w)=(\w+)\.default\.readFileSync\(this\.mainModulePath\);return WebAssembly\.instantiate\(\1,(\w)\)\.then\((\w)=>\{(\w)\(\4\.instance,\4\.module\)\}\)/g,
      replace: (_, t, fs, imports, n, done) =>
        `let ${t}=this.mainModulePath instanceof WebAssembly.Module?this.mainModulePath:${fs}.default.readFileSync(this.mainModulePath);return WebAssembly.instantiate(${t},${imports}).then(${n}=>{${n} instanceof WebAssembly.Instance?${done}(${n},${t}):${done}(${n}.instance,${n}.module)})`,
    },
    also: [NODE_EXTENSION_FETCH],
  },
  {
    rewrite: {
      what: "browser: instantiateWasm takes a compiled module",
      pattern: /instantiateWasm\((\w),(\w)\)\{globalThis\.DUCKDB_RUNTIME=this\._runtime;/g,
      replace: (_, imports, done) =>
        `instantiateWasm(${imports},${done}){globalThis.DUCKDB_RUNTIME=this._runtime;if(this.mainModuleURL instanceof WebAssembly.Module){let m=this.mainModuleURL;WebAssembly.instantiate(m,${imports}).then(i=>{${done}(i,m)});return}`,
    },
    also: [],
  },
];

function apply(source: string, rewrite: Rewrite): { text: string; count: number } {
  let count = 0;
  const text = source.replace(rewrite.pattern, (...args: unknown[]) => {
    count++;
    return rewrite.replace(...(args.slice(0, -2) as string[]));
  });
  return { text, count };
}

/**
 * Applies each of `rewrites` to `text`, each `copies` times (or, unset, as many times as the first, at
 * least once); throws naming the first that does not.
 */
function applyEach(
  text: string,
  rewrites: Rewrite[],
  file: string,
  copies?: number,
): { text: string; copies?: number } {
  let out = text;
  let expected = copies;
  for (const rewrite of rewrites) {
    const r = apply(out, rewrite);
    if (r.count === 0 || (expected !== undefined && r.count !== expected)) {
      throw new Error(
        `${file}: the rewrite "${rewrite.what}" applies ${r.count} times, expected ${expected ?? "≥ 1"}`,
      );
    }
    expected = r.count;
    out = r.text;
  }
  return { text: out, copies: expected };
}

/**
 * Returns the text of a DuckDB-WASM glue file (the Node blocking bundle, or a browser worker) with the
 * rewrites above. Throws, naming the rewrite, when one does not apply: a new DuckDB-WASM version whose glue
 * reads differently must be looked at again, not patched blindly.
 */
export function patchDuckdbGlue(source: string, file = "DuckDB-WASM glue"): string {
  // The blocking bundle holds two copies of the glue (eh and mvp); every rewrite applies to each.
  const glue = applyEach(source, GLUE, file);
  const kinds = COMPILED_MODULE.map((kind) => ({ kind, r: apply(glue.text, kind.rewrite) }));
  const matched = kinds.filter(({ r }) => r.count === 1);
  if (matched.length !== 1 || !matched[0]) {
    throw new Error(`${file}: instantiateWasm does not read as expected; cannot pass it a compiled module`);
  }
  return applyEach(matched[0].r.text, matched[0].kind.also, file, glue.copies).text;
}
