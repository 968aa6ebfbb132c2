import { basename, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** The two scripts of embedding: the host's (`/embed.js`) and the embed page's own. */
const ENTRIES = {
  host: { module: "@newarea/press/client/embed-host", start: "startEmbedHost" },
  frame: { module: "@newarea/press/client/embed-frame", start: "startEmbedFrame" },
} as const;

export type EmbedScript = keyof typeof ENTRIES;

/**
 * Returns the script `name` as one minified classic script (an IIFE, no imports) that starts itself:
 * served at a fixed address (`/embed.js`) that host pages include, so it cannot be one of the build's
 * hashed modules. Runs esbuild at build time.
 */
export async function embedScript(name: EmbedScript): Promise<string> {
  const { module, start } = ENTRIES[name];
  const file = fileURLToPath(import.meta.resolve(module));
  const result = await build({
    stdin: {
      contents: `import { ${start} } from "./${basename(file)}";\n${start}();\n`,
      resolveDir: dirname(file),
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "iife",
    // Host pages are other people's: browsers of the last few years, nothing newer.
    target: ["es2019"],
    write: false,
    legalComments: "none",
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error(`esbuild wrote nothing for the ${name} script`);
  return out.text;
}
