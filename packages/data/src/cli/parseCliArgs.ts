// The command line's options, read without node:util's parseArgs: loading it (and the internal modules it
// needs) took 2–4 ms of a command that answers in 15. The same rules for what this CLI uses: `--name value`
// and `--name=value` for a string, `--name` for a boolean (`--name=x` refused), `--` ends the options,
// anything else starting with `-` is an unknown option, and a default applies when an option is absent.

/** An option: its type and, optionally, its default. */
export interface CliOption {
  type: "string" | "boolean";
  default?: string | boolean;
}

/** What the command line holds: the options by name, and the other arguments in order. */
export interface CliArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Reads `args` against `options`; throws an Error saying what is wrong (the CLI turns it into usage). */
export function parseCliArgs(args: readonly string[], options: Record<string, CliOption>): CliArgs {
  const values: CliArgs["values"] = {};
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") ? arg.slice(2, eq < 0 ? undefined : eq) : "";
    const option = Object.hasOwn(options, name) ? options[name] : undefined;
    if (!option) throw new Error(`Unknown option '${eq < 0 ? arg : arg.slice(0, eq)}'`);
    if (option.type === "boolean") {
      if (eq >= 0) throw new Error(`Option '--${name}' does not take an argument`);
      values[name] = true;
    } else if (eq >= 0) {
      values[name] = arg.slice(eq + 1);
    } else {
      const value = args[i + 1];
      if (value === undefined || (value.startsWith("-") && value !== "-")) {
        throw new Error(`Option '--${name} <value>' argument missing`);
      }
      values[name] = value;
      i++;
    }
  }
  for (const [name, option] of Object.entries(options)) {
    if (values[name] === undefined && option.default !== undefined) values[name] = option.default;
  }
  return { values, positionals };
}
