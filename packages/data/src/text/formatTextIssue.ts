import type { TextIssue } from "./TextIssue.ts";

/**
 * Returns one line describing an issue for a terminal or a log, starting `line:column` so that editors can
 * jump to it: `2:11 lost_character "?jiǎng)?wù)" read wù (phantom 獎 jiǎng), probably 务, shown in “第一要□,项目是”`.
 */
export function formatTextIssue(issue: TextIssue): string {
  const where = `${issue.line}:${issue.column} ${issue.kind} ${JSON.stringify(issue.raw)}`;
  if (issue.kind === "html_debris") {
    const becomes = issue.replacement ? `replaced by ${issue.replacement}` : "removed";
    return `${where} ${becomes}, shown in “${issue.context}”`;
  }
  const phantom = issue.phantomPinyin ? ` (phantom ${issue.phantom ?? "?"} ${issue.phantomPinyin})` : "";
  const suggestion = issue.suggestion ? `, probably ${issue.suggestion}` : "";
  return `${where} read ${issue.pinyin}${phantom}${suggestion}, shown in “${issue.context}”`;
}
