import { dirname, join } from "node:path";
import { DataError } from "@newarea/data";
import { DocumentError } from "../DocumentError.ts";

const HINT =
  "Fix the value in the file and save it: the tables are rebuilt and the page reloads by itself. The " +
  "rules for each column are in data/README.md.";

/**
 * Returns a failed data build as a DocumentError at its first problem (file, line, the column and value,
 * why), listing the others, so that the dev server shows it like a mistake in a story: in the overlay,
 * with the lines around it, and in the terminal, without a stack trace. Other errors come back as they are.
 */
export function dataProblem(error: unknown, dataDir: string): Error {
  if (!(error instanceof DataError) || error.details.length === 0) return error as Error;
  const [first, ...rest] = error.details;
  if (!first) return error;
  const what = [
    first.column && `column "${first.column}"`,
    first.value !== undefined && `value "${first.value}"`,
  ]
    .filter(Boolean)
    .join(" ");
  const more = rest.length
    ? `\n${rest.map((d) => `  ${d.file}:${d.line}: ${d.column ? `column "${d.column}": ` : ""}${d.reason}`).join("\n")}`
    : "";
  return new DocumentError(
    first.file,
    { line: first.line },
    `${what ? `${what}: ` : ""}${first.reason}${more}`,
    {
      hint: HINT,
      path: join(dirname(dataDir), first.file),
    },
  );
}
