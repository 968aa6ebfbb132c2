import { Parser } from "htmlparser2";
import { HAS_CJK, wrapChineseRuns } from "./chineseRuns.ts";

/** Where text is not prose a reader hears: scripts, styles, the document title, form values. */
const SKIPPED = new Set(["script", "style", "title", "textarea", "option", "template"]);

interface Open {
  name: string;
  lang: string | undefined;
}

/**
 * Marks every run of Chinese on a page in another language with `lang="zh-Hans"`, so that screen readers
 * say it with a Chinese voice (WCAG 2.2, 3.1.2 Language of Parts): names as the sources write them, quoted
 * wording, amounts like 1080亿. The page's own text and runs already inside an element whose `lang` is
 * Chinese are left as they are; so is the page when it is Chinese itself. Only text changes: tags,
 * attributes and everything else keep their bytes. In SVG the run becomes a `<tspan>` (the only element
 * a text run may hold there), and only inside `<text>`/`<tspan>`.
 */
export function markLanguageRuns(html: string): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const stack: Open[] = [];
  let lang: string | undefined;
  const parser = new Parser(
    {
      onattribute(name, value) {
        if (name === "lang") lang = value;
      },
      onopentag(name) {
        stack.push({ name, lang });
        lang = undefined;
      },
      onclosetag(name) {
        const at = stack.map((open) => open.name).lastIndexOf(name);
        if (at >= 0) stack.length = at;
      },
      ontext(text) {
        if (!HAS_CJK.test(text)) return;
        const wrapper = wrapperAt(stack);
        if (wrapper === null) return;
        // Entities are not decoded, so the text is the page's own bytes and ends at endIndex.
        const end = parser.endIndex + 1;
        edits.push({ start: end - text.length, end, text: wrapChineseRuns(text, wrapper) });
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  let out = "";
  let from = 0;
  for (const edit of edits) {
    out += html.slice(from, edit.start) + edit.text;
    from = edit.end;
  }
  return out + html.slice(from);
}

/** The element that wraps a run at this point of the tree, or null where runs are left alone. */
function wrapperAt(stack: Open[]): "span" | "tspan" | null {
  if (stack.some((open) => SKIPPED.has(open.name))) return null;
  const nearest = [...stack].reverse().find((open) => open.lang !== undefined);
  if (nearest === undefined || nearest.lang?.toLowerCase().startsWith("zh")) return null;
  const inSvg = stack.some((open) => open.name === "svg");
  if (!inSvg) return "span";
  const parent = stack.at(-1)?.name;
  return parent === "text" || parent === "tspan" ? "tspan" : null;
}
