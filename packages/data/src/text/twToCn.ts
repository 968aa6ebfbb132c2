// OpenCC's Taiwan → mainland conversion (`tw2s` in opencc-js 1.4.2) without building opencc-js's tries:
// opencc-js makes a Map for every node of every dictionary before its first conversion (50–80 ms of a
// `clean-text` start, longer than the rest of it). Here the nodes come ready-made from tw2sTable.ts,
// generated from opencc-js's dictionaries by scripts/tw2sTable.ts, a line per first character; a conversion
// parses the lines of the characters it meets, once (parsing all of them, as one JSON.parse did, was 5 ms of
// a 60 ms `clean-text`). The steps, the longest match and the way the text is cut are opencc-js's (core.js,
// Apache-2.0); test/text/twToCn.test.ts keeps opencc-js's own converter as the reference.
import { TW2S_TABLE } from "./tw2sTable.ts";

/**
 * The nodes of opencc-js's trie whose keys start with one character: every key maps to its replacement,
 * every shorter start of a key that is not itself a key to null (the walk goes on past it).
 */
type Nodes = Map<string, string | null>;

/**
 * A dictionary of tw2sTable.ts: its lines (in the order of their first characters, as UTF-16 sorts them),
 * found by binary search and parsed on first use. Nothing is indexed in advance: in a process that has
 * just started, a loop over the 5,356 lines runs in the interpreter and took longer (5 ms) than the one
 * JSON.parse of everything this replaces.
 */
class Dictionary {
  readonly #lines: string[];
  // null: no key starts with that character (one lookup either way).
  readonly #parsed = new Map<string, Nodes | null>();

  constructor(text: string) {
    this.#lines = text.split("\n");
  }

  /** The line of the keys that start with `first` (one code point); undefined when there is none. */
  #line(first: string): string | undefined {
    const lines = this.#lines;
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const line = lines[mid] as string;
      const at = line.slice(0, first.length);
      if (at === first && (first.length === 2 || line.codePointAt(0) === first.codePointAt(0))) return line;
      if (at < first) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  }

  /** The nodes whose keys start with `first` (one code point); null when there are none. */
  startingWith(first: string): Nodes | null {
    const known = this.#parsed.get(first);
    if (known !== undefined) return known;
    const line = this.#line(first);
    let nodes: Nodes | null = null;
    if (line !== undefined) {
      nodes = new Map();
      for (const node of line.split("\t")) {
        const space = node.indexOf(" ");
        if (space < 0) nodes.set(node, null);
        else nodes.set(node.slice(0, space), node.slice(space + 1));
      }
    }
    this.#parsed.set(first, nodes);
    return nodes;
  }
}

const codePointLength = (s: string, i: number) => ((s.codePointAt(i) as number) > 0xffff ? 2 : 1);

/**
 * Returns the end and replacement of the longest key that starts at `i`, walking code point by code point
 * while the text read is the start of some key (opencc-js's matchPrefix); undefined if none.
 */
function longestMatch(dict: Dictionary, s: string, i: number): { end: number; value: string } | undefined {
  const nodes = dict.startingWith(s.slice(i, i + codePointLength(s, i)));
  if (!nodes) return undefined;
  let found: { end: number; value: string } | undefined;
  for (let j = i; j < s.length; ) {
    j += codePointLength(s, j);
    const value = nodes.get(s.slice(i, j));
    if (value === undefined) break;
    if (value !== null) found = { end: j, value };
  }
  return found;
}

// An ideographic description sequence (⿰木木…) is passed over whole where nothing matches (opencc-js 1.4).
function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

function idsEnd(s: string, i: number): number {
  const arity = idsArity(s.codePointAt(i) as number);
  if (arity === 0) return 0;
  let end = i + codePointLength(s, i);
  for (let n = 0; n < arity; n += 1) {
    if (end >= s.length) return 0;
    end = idsEnd(s, end) || end + codePointLength(s, end);
  }
  return end;
}

function unmatchedLength(s: string, i: number): number {
  const end = idsEnd(s, i);
  return end > i ? end - i : codePointLength(s, i);
}

/**
 * Cuts `s` into the keys found (longest first, left to right) and the runs between them. With `replace`,
 * each key is its replacement (opencc-js's convert); without, the key itself (its segment).
 */
function cut(dict: Dictionary, s: string, replace: boolean): string[] {
  const out: string[] = [];
  let unmatched: number | undefined;
  for (let i = 0; i < s.length; ) {
    const match = longestMatch(dict, s, i);
    if (match) {
      if (unmatched !== undefined) out.push(s.slice(unmatched, i));
      unmatched = undefined;
      out.push(replace ? match.value : s.slice(i, match.end));
      i = match.end;
    } else {
      unmatched ??= i;
      i += unmatchedLength(s, i);
    }
  }
  if (unmatched !== undefined) out.push(s.slice(unmatched));
  return out;
}

/**
 * Where the keys of the normalize dictionary (OpenCC's CJK_Compatibility_Ideographs) start: the CJK
 * Compatibility Ideographs blocks. test/text/twToCn.test.ts checks that every key does.
 */
export const COMPATIBILITY_IDEOGRAPH = /[\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/u;

interface Tw2s {
  normalize: Dictionary;
  segment: Dictionary;
  chain: Dictionary[];
}

let tables: Tw2s | undefined;

// Made on first use: an import that never converts should not pay even for splitting the lines.
function tw2s(): Tw2s {
  tables ??= {
    normalize: new Dictionary(TW2S_TABLE.normalize),
    segment: new Dictionary(TW2S_TABLE.segment),
    chain: [new Dictionary(TW2S_TABLE.variants), new Dictionary(TW2S_TABLE.simplify)],
  };
  return tables;
}

/**
 * Returns `text` converted as opencc-js's `Converter({ from: "tw", to: "cn" })` converts it: compatibility
 * ideographs normalised, the text cut at OpenCC's phrases, then each piece through Taiwan variants →
 * Traditional and Traditional → Simplified.
 */
export function twToCn(text: string): string {
  const { normalize, segment, chain } = tw2s();
  // Text without a compatibility ideograph has nothing to normalize: a pass over it saved.
  const normalized = COMPATIBILITY_IDEOGRAPH.test(text) ? cut(normalize, text, true).join("") : text;
  const pieces = cut(segment, normalized, false);
  return pieces.map((piece) => chain.reduce((s, dict) => cut(dict, s, true).join(""), piece)).join("");
}
