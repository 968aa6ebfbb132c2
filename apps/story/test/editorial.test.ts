// Checks of the built pages for the kinds of reading errors an editorial review found: a bound that says
// more than its source, English on a Chinese page, internal file names, one source's wording lent to another.
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { distFiles, distText, requireDist } from "./distFiles.ts";

let pages: string[] = [];
beforeAll(() => {
  requireDist();
  pages = distFiles().filter((f) => f.endsWith(".html"));
});

const doc = (path: string) => parseHTML(distText(path)).document;

const BLOCKS = new Set([
  "p",
  "li",
  "td",
  "th",
  "h1",
  "h2",
  "h3",
  "h4",
  "dt",
  "dd",
  "caption",
  "figcaption",
  "summary",
  "title",
  "text",
  "tspan",
  "div",
  "section",
]);

/**
 * Returns the visible text of a page as separate pieces: runs of text between block boundaries and
 * skipped elements (so that words on either side of a `<code>` never join), and the accessible names and
 * descriptions in attributes. Elements marked `lang` other than the page's, and code, are left out.
 */
function visiblePieces(path: string, withAttributes = true): string[] {
  const d = doc(path);
  const pageLang = d.documentElement.getAttribute("lang") ?? "";
  const pieces: string[] = [];
  let current = "";
  const cut = () => {
    if (current.trim()) pieces.push(current.replace(/\s+/g, " ").trim());
    current = "";
  };
  // An aria-hidden chart's attributes are not read out (its figure has the words); its text is still seen.
  const walk = (node: Node, hidden = false) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const lang = el.getAttribute("lang");
    if (
      el.matches("script, style, code, pre, kbd, samp, textarea") ||
      (lang && !lang.startsWith(pageLang.slice(0, 2)))
    ) {
      cut();
      return;
    }
    const isHidden = hidden || el.getAttribute("aria-hidden") === "true";
    for (const attr of isHidden || !withAttributes
      ? []
      : ["alt", "title", "aria-label", "aria-description", "placeholder"]) {
      const v = el.getAttribute(attr);
      if (v) pieces.push(v);
    }
    const block = BLOCKS.has(el.tagName.toLowerCase());
    if (block) cut();
    for (const c of el.childNodes) walk(c, isHidden);
    if (block) cut();
  };
  walk(d.documentElement);
  cut();
  return pieces;
}

const zhPages = () => pages.filter((p) => /<html[^>]*\slang="zh/.test(distText(p)));

describe("bounds on the built pages", () => {
  it("以上 reads 至少 and 'at least', never 超 or 'more than' (5000万元以上, 240个以上)", () => {
    const zh = doc("/sources/index.html");
    const en = doc("/en/sources/index.html");
    const value = (d: Document, id: string) => d.querySelector(`#fig-${id} .ledger-value`)?.textContent;
    expect(value(zh, "tibet-area-project-threshold")).toBe("至少5000万元");
    expect(value(en, "tibet-area-project-threshold")).toBe("at least CNY 50 million");
    expect(value(zh, "cri-2024-area-planned-projects")).toBe("至少240个");
    expect(value(en, "cri-2024-area-planned-projects")).toBe("at least 240");
    for (const path of pages) {
      const text = distText(path);
      for (const wrong of ["超5000万元", "超240个", "more than CNY 50 million", "more than 240"])
        expect(text.includes(wrong), `${path} says ${wrong}`).toBe(false);
    }
  });

  it("a count keeps its source's classifier and a magnitude is written as ours (7800万支; no 百亿元级)", () => {
    expect(
      doc("/sources/index.html").querySelector("#fig-ccxq-gensci-capacity-units .ledger-value")?.textContent,
    ).toBe("7800万支");
    for (const path of pages) {
      const text = distText(path);
      for (const wrong of ["7800万个", "百亿元级", "千亿元级"])
        expect(text.includes(wrong), `${path} says ${wrong}`).toBe(false);
    }
  });
});

describe("a Chinese page is Chinese", () => {
  // Names that are English words in Chinese text too: formats and tools named on the data page and notebook.
  const NAMES = ["Arrow IPC"];
  const LATIN_RUN = /[A-Za-z][A-Za-z'’]+(?:[ \u00a0]+[A-Za-z][A-Za-z'’]+)+/g;

  it('no zh page has a run of two Latin words outside names, figures, code and lang="en" quotes', () => {
    const found: string[] = [];
    const zh = zhPages();
    expect(zh).toEqual(
      expect.arrayContaining([
        "/index.html",
        "/sources/index.html",
        "/notebook/index.html",
        "/data/index.html",
        "/parks/index.html",
        "/parks/fine-chemical-park/index.html",
      ]),
    );
    for (const path of zh) {
      for (const piece of visiblePieces(path)) {
        let text = piece;
        for (const name of NAMES) text = text.replaceAll(name, "");
        for (const m of text.matchAll(LATIN_RUN))
          found.push(`${path}: "${m[0]}" in "${piece.slice(0, 120)}"`);
      }
    }
    expect(found).toEqual([]);
  });

  it("no zh page sets half-width , : ; ( ) next to a Chinese character (full-width ，：；（）)", () => {
    const HAN = "\\p{Script=Han}";
    const HALF_WIDTH = new RegExp(`${HAN}\\s?[,:;()]|[,:;()]\\s?${HAN}`, "gu");
    expect("数据表: 总投资".match(HALF_WIDTH)).not.toBeNull(); // the check can fail
    const found: string[] = [];
    for (const path of zhPages()) {
      for (const piece of visiblePieces(path)) {
        for (const m of piece.matchAll(HALF_WIDTH))
          found.push(
            `${path}: "${m[0]}" in "${piece.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + 30)}"`,
          );
      }
    }
    expect(found).toEqual([]);
  });

  it('visiblePieces(path) finds an English sentence where one is, and skips code and lang="en"', () => {
    // The check above would pass on an empty reading; this shows it reads what a Chinese reader sees.
    const en = visiblePieces("/en/index.html").join(" ");
    expect(en.match(LATIN_RUN)?.length ?? 0).toBeGreaterThan(100);
    const zhStory = visiblePieces("/index.html").join(" ");
    expect(zhStory).toContain("长春新区");
    expect(zhStory).not.toContain("English"); // the language switch is marked lang="en"
  });
});

describe("an English page marks its Chinese", () => {
  it('every run of Chinese text on an en page sits in an element marked lang="zh-Hans" (names, quotes, amounts)', () => {
    const HAN = /\p{Script=Han}/u;
    const en = pages.filter((p) => /<html[^>]*\slang="en/.test(distText(p)));
    expect(en).toEqual(
      expect.arrayContaining([
        "/en/index.html",
        "/en/sources/index.html",
        "/en/parks/fine-chemical-park/index.html",
      ]),
    );
    const found: string[] = [];
    for (const path of en) {
      // Attributes (alt, aria-label…) cannot carry a lang of their own: only text is checked.
      for (const piece of visiblePieces(path, false))
        if (HAN.test(piece)) found.push(`${path}: "${piece.slice(0, 80)}"`);
    }
    expect(found).toEqual([]);
    // The check reads Chinese where it is not marked: the story's English page quotes its sources.
    expect(distText("/en/index.html")).toMatch(/<span lang="zh-Hans">[^<]*\p{Script=Han}/u);
  });
});

describe("no internal names on public pages", () => {
  const INTERNAL = [
    /\b[\w.-]+\.(?:md|txt|ya?ml|ts|astro|mjs)\b/,
    /secondary-sources/,
    /\bseed\b/i,
    /\bdata\/(?:raw|sources)\b/,
    /\bpackages\//,
    /\bapps\/story\b/,
    /\b000_[0-9a-f]+/,
  ];

  it("no page names a file of the repository (.md, .txt, the seed, data/raw…), and every .csv it names is a download", () => {
    const found: string[] = [];
    const files = new Set(distFiles());
    for (const path of pages) {
      const d = doc(path);
      const pieces = [
        ...visiblePieces(path),
        ...[...d.querySelectorAll("code")].map((c) => c.textContent ?? ""),
      ];
      for (const piece of pieces) {
        for (const re of INTERNAL) {
          const m = re.exec(piece);
          if (m) found.push(`${path}: "${m[0]}" in "${piece.slice(0, 120)}"`);
        }
      }
      for (const a of d.querySelectorAll("a[href$='.csv']")) {
        const href = a.getAttribute("href") as string;
        expect(files.has(href), `${path} links ${href}`).toBe(true);
      }
      for (const piece of pieces) {
        for (const m of piece.matchAll(/[\w.-]+\.csv\b/g)) {
          const linked = [...d.querySelectorAll("a[href$='.csv']")].some((a) =>
            a.getAttribute("href")?.endsWith(`/${m[0]}`),
          );
          if (!linked) found.push(`${path}: "${m[0]}" is not a download`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});

describe("the investment chart's data table", () => {
  it("gives each source its own words: 长春日报 wrote 178亿元, 中国吉林网 约178亿元", () => {
    for (const [path, own, other] of [
      ["/index.html", "178亿元：长春日报", "约178亿元：中国吉林网"],
      ["/en/index.html", "CNY 17.8 billion: Changchun Daily", "about CNY 17.8 billion: China Jilin Net"],
    ] as const) {
      const rows = [...doc(path).querySelectorAll("details table tbody tr")].map(
        (tr) => tr.textContent ?? "",
      );
      const chemical = rows.filter((r) => r.includes(own));
      expect(chemical.length, path).toBeGreaterThan(0);
      for (const row of chemical) {
        expect(row).toContain(other);
        expect(row).not.toMatch(/约178亿元：[^；]*长春日报|about CNY 17\.8 billion: [^;]*Changchun Daily/);
      }
    }
  });
});
