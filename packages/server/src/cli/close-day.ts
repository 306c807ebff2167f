import { type LocalDate, parseLocalDate } from "@lendstack/core/calendar";
import { ConfigError } from "../config.js";
import type { Database } from "../db/database.js";
import { createIdGenerator } from "../ids.js";
import { type CloseDayResult, closeDay } from "../jobs/close-day/close-day.js";
import type { MasterKeyring } from "../pii/master-keys.js";
import { businessDateOf } from "../tenants/business-date.js";
import { parseCommandArgs } from "./args.js";
import { createProgressReporter, type ProgressStream } from "./progress.js";

/** The usage lines of the command, for the CLI's help text. */
export const CLOSE_DAY_USAGE = `  close-day [--date YYYY-MM-DD] [--batch 500] [--tenant <id>]
                                      daily close: a loan snapshot per loan for the date (default today, UTC);
                                      several can run at once against one PostgreSQL, each doing other loans;
                                      a progress bar (rate, ETA) on stderr, plain lines when not a terminal`;

/** The parsed options of `lendstack close-day`. @example parseCloseDayArgs(["--date", "2026-03-31"]) */
export interface CloseDayArgs {
  readonly businessDate: LocalDate;
  readonly batchSize: number;
  readonly tenantId: string | undefined;
}

/**
 * Parses `close-day` arguments; a bad date or batch size is a `ConfigError` with what was wrong.
 *
 * @example
 * parseCloseDayArgs(["--date", "2026-03-31", "--batch", "200"], new Date()); // { businessDate: "2026-03-31", batchSize: 200, tenantId: undefined }
 */
export function parseCloseDayArgs(args: string[], now: Date): CloseDayArgs {
  const values = parseCommandArgs("close-day", args, {
    date: { type: "string" },
    batch: { type: "string", default: "500" },
    tenant: { type: "string" },
  });
  const parsed = values.date === undefined ? undefined : parseLocalDate(values.date);
  if (parsed !== undefined && !parsed.ok) throw new ConfigError(`close-day --date: ${parsed.error.message}`);
  const batch = values.batch ?? "500";
  const batchSize = Number(batch);
  if (!/^\d+$/.test(batch) || batchSize < 1 || batchSize > 10_000) {
    throw new ConfigError("close-day --batch must be a whole number from 1 to 10000");
  }
  return { businessDate: parsed?.value ?? businessDateOf(now), batchSize, tenantId: values.tenant };
}

/** The one-line summary the command prints. @example formatCloseDayResult(result) */
export function formatCloseDayResult(result: CloseDayResult, elapsedMs: number): string {
  const lines = [
    `Closed ${result.businessDate}: ${result.snapshotsWritten} loan snapshots written by this worker ` +
      `(${result.tenants} tenants, ${result.batches} batches, ${Math.round(elapsedMs)} ms).`,
  ];
  if (result.pendingLoanCount > 0) {
    lines.push(
      `  ${result.pendingLoanCount} loans still need a snapshot (other workers, locked, or failed): run it again.`,
    );
  }
  for (const failure of result.failures) {
    lines.push(`  not closed: ${failure.tenantId}/${failure.loanId}: ${failure.code}: ${failure.message}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * `lendstack close-day`: migrates, then runs the daily close for the date. Exits 1 when some loan
 * could not be replayed (it is named on stdout), else 0.
 *
 * @example
 * const code = await closeDayCommand(["--date", "2026-03-31"], database);
 */
export async function closeDayCommand(
  args: string[],
  database: Database,
  progressStream: ProgressStream = process.stderr,
  pii?: MasterKeyring,
): Promise<number> {
  const clock = () => new Date();
  const request = parseCloseDayArgs(args, clock());
  await database.migrate();
  const started = performance.now();
  const progress = createProgressReporter({ stream: progressStream, label: "close-day", unit: "loans" });
  let last = { done: 0, total: 0 };
  const result = await closeDay(database.db, request, {
    clock,
    ids: createIdGenerator({ clock }),
    pii,
    onProgress: (done, total) => {
      last = { done, total };
      progress.update(done, total);
    },
  });
  progress.finish(last.done, last.total);
  process.stdout.write(formatCloseDayResult(result, performance.now() - started));
  return result.failures.length === 0 ? 0 : 1;
}
