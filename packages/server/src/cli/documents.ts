import type { ServerConfig } from "../config.js";
import { ConfigError } from "../config.js";
import type { Database } from "../db/database.js";
import { documentSettingsFromConfig } from "../documents/from-config.js";
import { sweepOrphanedDocuments } from "../documents/sweep.js";
import { parseCommandArgs } from "./args.js";

/** The usage lines of the command, for the CLI's help text. */
export const DOCUMENTS_USAGE = `  documents sweep [--grace-hours <n>] [--mode delete|report]
                                      delete the stored document files no document references (left by a
                                      process that died mid-upload), made over n hours ago (default 24);
                                      report: list them, delete nothing`;

/** What `documents sweep` was asked. */
export interface SweepArgs {
  readonly graceHours: number;
  readonly remove: boolean;
}

/**
 * Parses `documents sweep [--grace-hours <n>] [--mode delete|report]`; anything else is a `ConfigError`
 * (exit 2).
 *
 * @example parseDocumentsArgs(["sweep", "--grace-hours", "48"]) // { graceHours: 48, remove: true }
 */
export function parseDocumentsArgs(args: ReadonlyArray<string>): SweepArgs {
  const [subcommand, ...rest] = args;
  if (subcommand !== "sweep") {
    throw new ConfigError("documents: expected the subcommand sweep (see lendstack documents --help)");
  }
  const values = parseCommandArgs("documents sweep", rest, {
    "grace-hours": { type: "string", default: "24" },
    mode: { type: "string", default: "delete" },
  });
  const graceText = values["grace-hours"] ?? "24";
  if (!/^\d{1,5}$/.test(graceText)) {
    throw new ConfigError(`documents sweep: --grace-hours must be a whole number of hours, got ${graceText}`);
  }
  const mode = values.mode ?? "delete";
  if (mode !== "delete" && mode !== "report") {
    throw new ConfigError(`documents sweep: --mode must be delete or report, got ${mode}`);
  }
  return { graceHours: Number(graceText), remove: mode === "delete" };
}

/**
 * `lendstack documents sweep`: the orphaned document files of the configured storage, listed one a line
 * and deleted unless `--mode report`; a summary line last.
 *
 * @example
 * await documentsCommand(["sweep"], config, database, new Date());
 */
export async function documentsCommand(
  args: ReadonlyArray<string>,
  config: ServerConfig,
  database: Database,
  now: Date,
): Promise<number> {
  const { graceHours, remove } = parseDocumentsArgs(args);
  await database.migrate();
  const { storage } = documentSettingsFromConfig(config);
  const result = await sweepOrphanedDocuments(database.db, storage, {
    now,
    graceMs: graceHours * 3_600_000,
    remove,
    onOrphan: (key) => process.stdout.write(`${remove ? "deleted" : "orphan"} ${key}\n`),
  });
  const done = remove ? `${result.deleted} deleted` : "nothing deleted (report)";
  process.stdout.write(
    `Documents sweep (${storage.kind} storage): ${result.objects} objects, ${result.orphans} orphaned over ${graceHours} h, ${done}.\n`,
  );
  return 0;
}
