import { buildSite } from "./buildSite.ts";

const USAGE = `newarea-press build [astro build options]
  Builds the Astro site in this folder into dist.next/ and swaps it into dist/ only if the build
  succeeds: a failed build leaves the last good dist/ as it was.`;

/** Runs the command line: `newarea-press build`. Returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "build") return buildSite({ root: process.cwd(), args: rest });
  console.error(USAGE);
  return command === "--help" || command === "-h" ? 0 : 2;
}
