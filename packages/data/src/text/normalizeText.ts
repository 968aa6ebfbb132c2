import { phantomCharacter } from "./gbk.ts";
import { suggestedCharacter, suggestLostCharacter } from "./knownWords.ts";
import { lineAfter, lineBefore, lineContext } from "./lineContext.ts";
import { type ScanDamage, scanScrapedText } from "./scanScrapedText.ts";
import { stripBoilerplate } from "./stripBoilerplate.ts";
import { LOST_CHARACTER_PLACEHOLDER, type LostCharacterIssue, type TextIssue } from "./TextIssue.ts";
import { characterBefore, textPosition } from "./textPosition.ts";
import { toSimplified } from "./toSimplified.ts";

export interface NormalizeOptions {
  /** Cut the mirror's copyright notice and the headlines after it (see stripBoilerplate). Default false. */
  stripBoilerplate?: boolean;
}

export interface NormalizedText {
  text: string;
  /** Damage found, in input order; with `stripBoilerplate`, only damage in the text kept. */
  issues: TextIssue[];
  /** With `stripBoilerplate`: what was cut. */
  removed?: string;
}

interface Mark {
  damage: ScanDamage;
  outputIndex: number;
  value: string;
}

/**
 * Returns scraped text as plain Simplified Chinese and the damage found in it. Pinyin annotations after Han
 * characters go, Traditional characters become Simplified, tags and entities go; punctuation and digits
 * stay as written. A lost character shows as `□` and is reported; an eaten tag is removed (or becomes `。`
 * where the paragraph's final punctuation went with it) and is reported.
 */
export function normalizeText(input: string, options: NormalizeOptions = {}): NormalizedText {
  let output = "";
  let run = "";
  const marks: Mark[] = [];
  for (const piece of scanScrapedText(input)) {
    if (typeof piece === "string") {
      run += piece;
      continue;
    }
    // Text between damage is converted on its own: no marker survives the converter, and a lost
    // character breaks the word it was in anyway.
    output += toSimplified(run);
    run = "";
    const value = piece.kind === "lost_character" ? LOST_CHARACTER_PLACEHOLDER : piece.replacement;
    marks.push({ damage: piece, outputIndex: output.length, value });
    output += value;
  }
  output += toSimplified(run);

  const issues = marks.map((mark) => describe(input, output, mark));
  if (!options.stripBoilerplate) return { text: output, issues };
  const { text, removed } = stripBoilerplate(output);
  return { text, issues: issues.filter((issue) => issue.outputIndex < text.length), removed };
}

function describe(input: string, output: string, { damage, outputIndex, value }: Mark): TextIssue {
  const { index, raw } = damage;
  const where = { ...textPosition(input, index), index, raw };
  const context = lineContext(output, outputIndex, outputIndex + value.length);
  if (damage.kind === "html_debris") {
    return { kind: "html_debris", ...where, replacement: damage.replacement, outputIndex, context };
  }
  const found: Pick<LostCharacterIssue, "phantomPinyin" | "phantom" | "suggestion"> = {};
  const before = lineBefore(output, outputIndex);
  const known = suggestLostCharacter(before, lineAfter(output, outputIndex + value.length), damage.pinyin);
  if (damage.phantomPinyin !== undefined) {
    found.phantomPinyin = damage.phantomPinyin;
    // The phantom can only be rebuilt from a candidate for the lost character; it corroborates the
    // candidate when it is a character the mirror annotates (one that changes in conversion).
    const phantom = known && phantomCharacter(characterBefore(input, index), known.traditional);
    if (phantom && toSimplified(phantom) !== phantom) found.phantom = phantom;
  }
  if (known) found.suggestion = suggestedCharacter(known);
  return { kind: "lost_character", ...where, pinyin: damage.pinyin, ...found, outputIndex, context };
}
