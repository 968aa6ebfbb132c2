// The one script of an embed page (/embed/<step>/), loaded in its <head> before the page paints:
// `?theme=light` or `?theme=dark` fixes the colour scheme (a strict Content-Security-Policy allows no
// inline script, so this is a file); otherwise the page follows the reader's system. Framed, it tells the
// parent page its content height on load and whenever it changes, and again when the host script asks.
// Without it the page is complete: the theme follows the system and the iframe keeps its own height.
import { HEIGHT_MESSAGE, isAsk } from "./embedMessage.ts";

const THEMES = ["light", "dark"];

/** Sets `data-theme` on the root element from `?theme=` in `search`, when it names a theme. */
export function applyTheme(doc: Document, search: string): void {
  const theme = new URLSearchParams(search).get("theme");
  if (theme && THEMES.includes(theme)) doc.documentElement.dataset.theme = theme;
}

/** Returns the height of the page's content: the body's box, whatever the height of the iframe. */
function contentHeight(doc: Document): number {
  return Math.ceil(doc.body.getBoundingClientRect().height);
}

/** Applies the theme; when framed, reports the content height to the parent as it changes. */
export function startEmbedFrame(win: Window = window): void {
  applyTheme(win.document, win.location.search);
  if (win.parent === win) return;
  let sent = 0;
  const message = () => ({ type: HEIGHT_MESSAGE, height: contentHeight(win.document) });
  // The height is no secret: any page may embed ours, so the message goes to whoever the parent is.
  const report = () => {
    const m = message();
    if (m.height === sent) return;
    sent = m.height;
    win.parent.postMessage(m, "*");
  };
  win.addEventListener("message", (event) => {
    if (event.source === win.parent && isAsk(event.data)) win.parent.postMessage(message(), "*");
  });
  const observe = () => {
    report();
    new ResizeObserver(report).observe(win.document.body);
    win.addEventListener("load", report);
  };
  if (win.document.body) observe();
  else win.document.addEventListener("DOMContentLoaded", observe);
}
