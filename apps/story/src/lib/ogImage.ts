import { formatAmount, type Lang } from "@newarea/data";
import { escapeHtml } from "@newarea/press";
import sharp from "sharp";

/** A bar of the share card's small chart: a name, a value in yuan, and whether it is a lower bound. */
export interface CardBar {
  name: string;
  value: number;
  open: boolean;
  label: string;
}

/**
 * Returns a bar's label from the lowest and highest figure, short enough for the card: zh `175亿–178亿元`, en
 * `CNY 17.5–17.8 billion`; one figure alone when they agree; the highest as a floor (`超100亿元`) when `open`.
 */
export function cardRangeLabel(low: number, high: number, open: boolean, lang: Lang): string {
  const money = (value: number, bound: "exact" | "at_least") =>
    formatAmount({ value, unit: "CNY", bound }, lang);
  const top = money(high, open ? "at_least" : "exact");
  if (low === high) return top;
  return lang === "zh"
    ? `${money(low, "exact").replace(/元$/, "")}–${top}`
    : `${money(low, "exact").replace(/ (billion|million)$/, "")}–${top.replace("CNY ", "")}`;
}

/** Returns a bar of the card, its name cut to what fits beside the bars (10 CJK characters, 22 Latin). */
export function cardBar(name: string, value: number, open: boolean, label: string, lang: Lang): CardBar {
  const max = lang === "zh" ? 10 : 22;
  return { name: name.length > max ? `${name.slice(0, max - 1)}…` : name, value, open, label };
}

const FONT = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";

/**
 * Breaks text into lines of at most `max` units: a CJK character counts 2, anything else 1. A closing mark
 * (，。、…) may pass the limit rather than start a line.
 */
export function wrapForCard(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  let width = 0;
  // Words for Latin text, single characters for CJK.
  for (const piece of text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ??
    []) {
    const w = [...piece].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
    if (/^\s+$/.test(piece)) {
      if (line) {
        line += " ";
        width += 1;
      }
      continue;
    }
    // Closing punctuation never starts a line (，。、 stay with the character before them).
    if (width + w > max && line.trim() && !/^[，。、；：！？）」』”’》]$/.test(piece)) {
      lines.push(line.trim());
      line = "";
      width = 0;
    }
    line += piece;
    width += w;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/** Returns the share card (1200×630) as SVG: headline, dek, and the investment bars on one scale. */
export function cardSvg(
  lang: Lang,
  title: string,
  dek: string,
  caption: string,
  bars: CardBar[],
  footer: string,
): string {
  const titleLines = wrapForCard(title, lang === "zh" ? 36 : 40).slice(0, 2);
  const allDek = wrapForCard(dek, lang === "zh" ? 60 : 76);
  const dekLines = allDek.slice(0, 2);
  if (allDek.length > 2) dekLines[1] = `${dekLines[1]?.replace(/[，。,.;；:：]?$/, "")}…`;
  const max = Math.max(...bars.map((b) => b.value), 1);
  const chartX = lang === "zh" ? 640 : 660;
  // Room on the right for the longest label.
  const chartW = 1136 - chartX - 170;
  const text = (
    x: number,
    y: number,
    size: number,
    weight: number,
    fill: string,
    s: string,
    anchor = "start",
  ) =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeHtml(s)}</text>`;
  const titleY = 124;
  const dekY = titleY + (titleLines.length - 1) * 64 + 56;
  const captionY = dekY + (dekLines.length - 1) * 38 + 58;
  const parts: string[] = [
    `<rect width="1200" height="630" fill="#fdfdfb"/>`,
    `<rect x="0" y="0" width="1200" height="10" fill="#1d4e89"/>`,
    text(64, 54, 20, 600, "#55595f", footer),
    ...titleLines.map((l, i) => text(64, titleY + i * 64, 52, 700, "#1b1b1b", l)),
    ...dekLines.map((l, i) => text(64, dekY + i * 38, 26, 400, "#55595f", l)),
    text(chartX, captionY, 20, 600, "#55595f", caption),
  ];
  bars.slice(0, 6).forEach((b, i) => {
    const y = captionY + 18 + i * 34;
    const w = Math.max(4, (b.value / max) * chartW);
    parts.push(text(chartX - 16, y + 18, 19, 400, "#1b1b1b", b.name, "end"));
    parts.push(`<rect x="${chartX}" y="${y}" width="${w.toFixed(1)}" height="24" fill="#3b82c4"/>`);
    if (b.open) {
      parts.push(
        `<path d="M${chartX + w + 4} ${y} l12 12 l-12 12" fill="none" stroke="#3b82c4" stroke-width="4"/>`,
      );
    }
    parts.push(text(chartX + w + (b.open ? 24 : 8), y + 18, 19, 600, "#1b1b1b", b.label));
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="${FONT}">${parts.join("")}</svg>`;
}

/** Returns the share card as PNG bytes (sharp renders the SVG with the system's fonts). */
export async function cardPng(svg: string): Promise<Uint8Array> {
  return new Uint8Array(await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer());
}
