// Screenshots of the built site for a visual check: phone and desktop, light and dark, whole pages and
// a few scroll positions in the story. Usage: node scripts/screenshots.mjs [outDir] (default /tmp/shots).
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";

const out = process.argv[2] ?? "/tmp/shots";
mkdirSync(out, { recursive: true });
const server = await serve({ root: fileURLToPath(new URL("../dist/", import.meta.url)), port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const pages = { zh: "/", en: "/en/", sources: "/sources/", "en-sources": "/en/sources/" };
const only = process.env.SHOTS?.split(",");
for (const [vp, viewport] of Object.entries(viewports)) {
  for (const scheme of ["light", "dark"]) {
    const ctx = await browser.newContext({
      viewport,
      colorScheme: scheme,
      deviceScaleFactor: 1,
      reducedMotion: "reduce",
    });
    for (const [name, path] of Object.entries(pages)) {
      if (only && !only.includes(name)) continue;
      const page = await ctx.newPage();
      await page.goto(new URL(path, server.url).href);
      await page.waitForTimeout(200);
      await page.screenshot({
        path: `${out}/${name}-${vp}-${scheme}-full.png`,
        fullPage: !name.includes("sources") || vp === "phone",
      });
      if (path === "/" || path === "/en/") {
        const ids = await page.$$eval("[data-step]", (els) => els.map((e) => e.id));
        for (const id of ids.filter((_, i) => i % 3 === 1)) {
          await page.evaluate((sid) => {
            const el = document.getElementById(sid);
            if (el) scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 0.45);
          }, id);
          await page.waitForTimeout(250);
          await page.screenshot({ path: `${out}/${name}-${vp}-${scheme}-${id}.png` });
        }
      }
      await page.close();
    }
    await ctx.close();
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
