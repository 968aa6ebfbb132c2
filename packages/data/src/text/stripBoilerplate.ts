// The mirror's notice starts a line; it is written in whichever script the text is in at that point.
const NOTICE = /^[ \t\u3000]*(?:版权声明|版權聲明)/m;

/**
 * Returns the article without the mirror's copyright notice (`版权声明:…`) and everything after it, which is
 * the mirror's list of unrelated headlines, plus what was cut. Neither is part of the article. Text without
 * the notice comes back whole, with `removed` empty.
 */
export function stripBoilerplate(text: string): { text: string; removed: string } {
  const notice = NOTICE.exec(text);
  if (!notice) return { text, removed: "" };
  return { text: text.slice(0, notice.index).trimEnd(), removed: text.slice(notice.index) };
}
