import { addDays, type LocalDate } from "@lendstack/core/calendar";
import { and, eq, max, ne } from "drizzle-orm";
import { tenantsWithOfferedApplications } from "../../applications/expiry.js";
import { closeRuns, loans } from "../../db/schema/index.js";
import type { Db } from "../../db/types.js";
import type { IdGenerator } from "../../ids.js";
import type { MasterKeyring } from "../../pii/master-keys.js";
import { businessDateOf } from "../../tenants/business-date.js";
import { loadTenantSettings } from "../../tenants/store.js";
import { closeDay } from "./close-day.js";

/** What the scheduler needs. @example { db, clock, ids } */
export interface ScheduleOptions {
  readonly db: Db;
  readonly clock: () => Date;
  readonly ids: IdGenerator;
  readonly batchSize?: number;
  /** Passed to the close, whose ACH step needs it. */
  readonly pii?: MasterKeyring | undefined;
}

/** The last date a tenant's close finished for, if any. */
async function lastClosedDate(db: Db, tenantId: string): Promise<LocalDate | undefined> {
  const [row] = await db
    .select({ last: max(closeRuns.businessDate) })
    .from(closeRuns)
    .where(and(eq(closeRuns.tenantId, tenantId), ne(closeRuns.status, "running")));
  return (row?.last ?? undefined) as LocalDate | undefined;
}

/**
 * Runs every daily close that is due: for each tenant with loans or offered applications, each date from the day after its last
 * finished close up to the day before its business date (the days whose cutoff has passed), in order.
 * A tenant never closed before starts with yesterday. A close killed midway left no finished run, so
 * the next pass runs that date again and finishes it (loans already closed are skipped). Returns how
 * many tenant-dates it closed.
 *
 * @example
 * const closed = await runDueCloses({ db: database.db, clock, ids });
 */
export async function runDueCloses(options: ScheduleOptions): Promise<number> {
  const withLoans = await options.db.selectDistinct({ tenantId: loans.tenantId }).from(loans);
  const tenants = new Set([
    ...withLoans.map((row) => row.tenantId),
    ...(await tenantsWithOfferedApplications(options.db)),
  ]);
  let closed = 0;
  for (const tenantId of [...tenants].sort()) {
    const settings = await loadTenantSettings(options.db, tenantId);
    const today = businessDateOf(options.clock(), settings);
    const last = await lastClosedDate(options.db, tenantId);
    for (let day = last === undefined ? addDays(today, -1) : addDays(last, 1); day < today; day = addDays(day, 1)) {
      await closeDay(
        options.db,
        { businessDate: day, batchSize: options.batchSize ?? 500, tenantId, trigger: "schedule" },
        { clock: options.clock, ids: options.ids, pii: options.pii },
      );
      closed += 1;
    }
  }
  return closed;
}
