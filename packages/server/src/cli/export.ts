import { type LocalDate, parseLocalDate } from "@lendstack/core/calendar";
import type { ExportForm } from "@lendstack/core/migration";
import { ConfigError } from "../config.js";
import type { Database } from "../db/database.js";
import { DEMO_TENANT } from "../demo/seed.js";
import { bookLines } from "../imports/export-book.js";
import { businessDateOf } from "../tenants/business-date.js";
import { loadTenantSettings } from "../tenants/store.js";
import { parseCommandArgs } from "./args.js";

/** The usage lines of `lendstack export`. */
export const EXPORT_USAGE = `  export [--as-of YYYY-MM-DD] [--opening-balances] [--tenant <id>]
                                      write the tenant's book to stdout as an import file (JSON Lines, as GET
                                      /v1/exports/loans) with Lendstack's figures as of the date (default the
                                      business date); --opening-balances: active loans as opening balances on it`;

/** The parsed options of `lendstack export`. */
export interface ExportArgs {
  readonly asOf: LocalDate | undefined;
  readonly form: ExportForm;
  readonly tenantId: string;
}

/**
 * Parses `export` arguments; a malformed date is a `ConfigError`.
 *
 * @example parseExportArgs(["--as-of", "2026-06-30", "--opening-balances"]) // { asOf: "2026-06-30", form: "opening", tenantId: "demo" }
 */
export function parseExportArgs(args: ReadonlyArray<string>): ExportArgs {
  const isOpening = args.includes("--opening-balances");
  const values = parseCommandArgs(
    "export",
    args.filter((arg) => arg !== "--opening-balances"),
    { "as-of": { type: "string" }, tenant: { type: "string" } },
  );
  const text = values["as-of"];
  const asOf = text === undefined ? undefined : parseLocalDate(text);
  if (asOf !== undefined && !asOf.ok) throw new ConfigError(`export --as-of: ${asOf.error.message}`);
  return { asOf: asOf?.value, form: isOpening ? "opening" : "history", tenantId: values.tenant ?? DEMO_TENANT };
}

/** Writes and waits when the stream's buffer is full, so a large book streams at the reader's pace. */
function writeLine(out: NodeJS.WritableStream, line: string): Promise<void> | undefined {
  if (out.write(line)) return undefined;
  return new Promise((resolve) => out.once("drain", () => resolve()));
}

/**
 * `lendstack export`: migrates, then writes the tenant's book (default the demo tenant) to stdout, page by
 * page (`bookLines`), with the figures as of `--as-of` (default its business date now). The line count goes
 * to stderr.
 *
 * @example await exportCommand(["--as-of", "2026-06-30"], database);
 */
export async function exportCommand(
  args: ReadonlyArray<string>,
  database: Database,
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  const request = parseExportArgs(args);
  await database.migrate();
  const asOf = request.asOf ?? businessDateOf(new Date(), await loadTenantSettings(database.db, request.tenantId));
  let count = 0;
  for await (const line of bookLines((read) => read(database.db), request.tenantId, asOf as LocalDate, request.form)) {
    await writeLine(out, line);
    count++;
  }
  process.stderr.write(`export: ${count} loans as of ${asOf} (${request.form}).\n`);
  return 0;
}
