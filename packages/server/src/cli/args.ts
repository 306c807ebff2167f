import { parseArgs } from "node:util";
import { ConfigError } from "../config.js";

/** The options a command takes: every option has a value (`--name value`); none are flags. */
type StringOptions<K extends string> = Readonly<Record<K, { readonly type: "string"; readonly default?: string }>>;

/**
 * Whether the arguments ask for help (`--help` or `-h` anywhere): the command then prints its usage and
 * does nothing else.
 *
 * @example
 * wantsHelp(["--date", "2026-03-31", "--help"]); // true
 */
export function wantsHelp(args: ReadonlyArray<string>): boolean {
  return args.some((arg) => arg === "--help" || arg === "-h");
}

/**
 * `parseArgs` in strict mode, no positionals: an unknown option, a missing value or a stray argument is a
 * one-line `ConfigError` naming the command (the CLI exits 2).
 *
 * @example
 * parseCommandArgs("token", ["--tenant", "acme"], { tenant: { type: "string" } }); // { tenant: "acme" }
 * parseCommandArgs("serve", ["--port", "80"], {}); // throws ConfigError: serve: unknown option '--port' …
 */
export function parseCommandArgs<K extends string>(
  command: string,
  args: ReadonlyArray<string>,
  options: StringOptions<K>,
): Partial<Record<K, string>> {
  try {
    const { values } = parseArgs({ args: [...args], options, strict: true, allowPositionals: false });
    return values as Partial<Record<K, string>>;
  } catch (error) {
    const message = error instanceof Error ? (error.message.split(/\. |\n/)[0] ?? error.message) : String(error);
    throw new ConfigError(`${command}: ${lowerFirst(message)} (see lendstack ${command} --help)`);
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
