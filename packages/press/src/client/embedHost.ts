// The script another site includes once (/embed.js) to size our embeds: it finds every
// iframe[data-newarea-embed] and sets its height from the height message the embed page sends. A message
// counts only when it comes from one of those iframes' windows, from the origin of that iframe's src, and
// has the exact shape of a height message; everything else is ignored. Without this script the iframe
// keeps the height its embed code gives it and scrolls.
import { ASK_MESSAGE, readHeight } from "./embedMessage.ts";

const STARTED = Symbol.for("newarea-embed-host");

/** Returns the origin of an iframe's src (resolved against the page), or undefined when it has none. */
function originOf(frame: HTMLIFrameElement, base: string): string | undefined {
  try {
    const origin = new URL(frame.src, base).origin;
    return origin === "null" ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * Starts sizing the embeds of `win`'s document, once per window however often the script is included:
 * listens for height messages and asks every embed already there for its height. Returns a function
 * that stops listening.
 */
export function startEmbedHost(win: Window & { [STARTED]?: boolean } = window): () => void {
  if (win[STARTED]) return () => {};
  win[STARTED] = true;
  const doc = win.document;
  // Looked up on every message: an iframe added after this script ran is sized too.
  const frames = () => [...doc.querySelectorAll<HTMLIFrameElement>("iframe[data-newarea-embed]")];
  const onMessage = (event: MessageEvent) => {
    const height = readHeight(event.data);
    if (height === undefined) return;
    const frame = frames().find((f) => f.contentWindow !== null && f.contentWindow === event.source);
    if (!frame || originOf(frame, doc.baseURI) !== event.origin) return;
    frame.style.height = `${height}px`;
  };
  win.addEventListener("message", onMessage);
  for (const frame of frames()) {
    const origin = originOf(frame, doc.baseURI);
    // A frame still loading holds the initial about:blank (readable, as it shares this page's origin): the
    // message could not reach the embed, and the embed sends its height itself once it has loaded.
    if (origin && frame.contentDocument?.URL !== "about:blank")
      frame.contentWindow?.postMessage({ type: ASK_MESSAGE }, origin);
  }
  return () => {
    win.removeEventListener("message", onMessage);
    win[STARTED] = false;
  };
}
