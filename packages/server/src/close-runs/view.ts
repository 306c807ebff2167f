import type { LocalDate } from "@lendstack/core/calendar";
import { z } from "zod";
import { decodeStored } from "../db/corrupt-record.js";
import type { CloseRunRow } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { countPending } from "../jobs/close-day/claims.js";
import { failureSchema, statusSchema, triggerSchema } from "./schemas.js";

const storedFailuresSchema = z.array(failureSchema);

/** Seconds the run has taken so far, at least one millisecond. */
function elapsedSeconds(row: CloseRunRow, now: Date): number {
  return Math.max((row.finishedAt ?? now).getTime() - row.startedAt.getTime(), 1) / 1000;
}

/** A running run's pending count is live; a finished one's is what it left. */
async function pendingOf(executor: Executor, row: CloseRunRow): Promise<number> {
  if (row.status !== "running") return row.loansPending;
  const pending = await countPending(executor, row.tenantId, row.businessDate as LocalDate);
  return Math.max(pending - row.loansFailed, 0);
}

/**
 * A close run as the API renders it, its stored enums and failures decoded.
 *
 * @example
 * c.json(await toCloseRunBody(db, row, deps.clock()), 200);
 */
export async function toCloseRunBody(executor: Executor, row: CloseRunRow, now: Date) {
  const at = (column: string) => ({ table: "close_runs", id: row.id, column });
  return {
    id: row.id,
    object: "close_run" as const,
    businessDate: row.businessDate,
    trigger: decodeStored(triggerSchema, row.trigger, at("trigger")),
    status: decodeStored(statusSchema, row.status, at("status")),
    loansClosed: row.loansClosed,
    loansFailed: row.loansFailed,
    loansPending: await pendingOf(executor, row),
    loansPerSecond: Math.round((row.loansClosed / elapsedSeconds(row, now)) * 10) / 10,
    failures: decodeStored(storedFailuresSchema, row.failures, at("failures")),
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
