// OpenCC's Taiwan → mainland conversion (`tw2s` in opencc-js 1.4.2) without building opencc-js's tries:
// opencc-js makes a Map for every node of every dictionary before its first conversion (50–80 ms of a
// `clean-text` start, longer than the rest of it). Here the nodes come ready-made from tw2sTable.ts,
// generated from opencc-js's dictionaries by scripts/tw2sTable.ts, and cost one JSON.parse. The steps,
// the longest match and the way the text is cut are opencc-js's (core.js, Apache-2.0);
// test/text/twToCn.test.ts keeps opencc-js's own converter as the reference.
import { TW2S_TABLE_JSON } from "./tw2sTable.ts";

/**
 * A dictionary as the nodes of opencc-js's trie: every key maps to its replacement, every shorter start of
 * a key that is not itself a key to null (the walk goes on past it). No prototype: text is looked up in it.
 */
type Nodes = Record<string, string | null | undefined>;

const codePointLength = (s: string, i: number) => ((s.codePointAt(i) as number) > 0xffff ? 2 : 1);

/**
 * Returns the end and replacement of the longest key that starts at `i`, walking code point by code point
 * while the text read is the start of some key (opencc-js's matchPrefix); undefined if none.
 */
function longestMatch(nodes: Nodes, s: string, i: number): { end: number; value: string } | undefined {
  let found: { end: number; value: string } | undefined;
  for (let j = i; j < s.length; ) {
    j += codePointLength(s, j);
    const value = nodes[s.slice(i, j)];
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
function cut(nodes: Nodes, s: string, replace: boolean): string[] {
  const out: string[] = [];
  let unmatched: number | undefined;
  for (let i = 0; i < s.length; ) {
    const match = longestMatch(nodes, s, i);
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

interface Tw2s {
  normalize: Nodes;
  segment: Nodes;
  chain: Nodes[];
}

let tables: Tw2s | undefined;

// Parsed on first use: an import that never converts should not pay for it.
function tw2s(): Tw2s {
  if (tables) return tables;
  const parsed = JSON.parse(TW2S_TABLE_JSON) as Tw2s;
  for (const nodes of [parsed.normalize, parsed.segment, ...parsed.chain]) Object.setPrototypeOf(nodes, null);
  tables = parsed;
  return tables;
}

/**
 * Returns `text` converted as opencc-js's `Converter({ from: "tw", to: "cn" })` converts it: compatibility
 * ideographs normalised, the text cut at OpenCC's phrases, then each piece through Taiwan variants →
 * Traditional and Traditional → Simplified.
 */
export function twToCn(text: string): string {
  const { normalize, segment, chain } = tw2s();
  const pieces = cut(segment, cut(normalize, text, true).join(""), false);
  return pieces.map((piece) => chain.reduce((s, nodes) => cut(nodes, s, true).join(""), piece)).join("");
}
