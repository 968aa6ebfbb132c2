import type { Lang } from "@newarea/data";

/** The words of embed pages and of the embed control under each story chart, per language. */
export const EMBED_UI = {
  zh: {
    embed: "嵌入",
    embedIntro: "把下面的代码粘贴到你的网页里，就能显示这张图表。图表的高度会随内容自动调整。",
    embedCode: "嵌入代码",
    embedTheme: "在地址后加 ?theme=light 或 ?theme=dark，可以固定浅色或深色；不加则跟随读者系统的设置。",
    embedPreview: "单独查看这张图表",
    images: "图片：",
    png: "PNG",
    svg: "SVG",
    data: "数据（CSV）",
    inStory: (site: string) => `在报道中查看（${site}）`,
  },
  en: {
    embed: "Embed",
    embedIntro: "Paste this code into your page to show this chart. Its height follows its content.",
    embedCode: "Embed code",
    embedTheme:
      "Add ?theme=light or ?theme=dark to the address to fix light or dark colours; without it the chart follows the reader's system.",
    embedPreview: "This chart on its own",
    images: "Image: ",
    png: "PNG",
    svg: "SVG",
    data: "Data (CSV)",
    inStory: (site: string) => `Read it in the story: ${site}`,
  },
} as const satisfies Record<Lang, unknown>;
