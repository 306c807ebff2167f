import type { LocalDate } from "@lendstack/core/calendar";
import { asc } from "drizzle-orm";
import { runAchStep } from "../../ach-files/close-step.js";
import { expireLapsedApplications, tenantsWithOfferedApplications } from "../../applications/expiry.js";
import { closePromises } from "../../collections/promise-close.js";
import { updateCollectionQueues } from "../../collections/queue-close.js";
import { closeSettlements } from "../../collections/settlement-close.js";
import { type ChangeContext, writeAudit } from "../../db/audit.js";
import type { Db } from "../../db/database.js";
import { loans } from "../../db/schema/index.js";
import type { IdGenerator } from "../../ids.js";
import { expireLapsedMicroDeposits, tenantsWithLapsedMicroDeposits } from "../../payment-instruments/expiry.js";
import type { MasterKeyring } from "../../pii/master-keys.js";
import { type CloseDayFailure, closeBatch } from "./batch.js";
import { activateDisbursedLoans, countPending } from "./claims.js";
import { type CloseTrigger, joinCloseRun, leaveCloseRun } from "./runs.js";

export type { CloseDayFailure } from "./batch.js";

/**
 * A daily close to run: the business date, how many loans one transaction claims, and optionally one
 * tenant (default: every tenant that has loans).
 *
 * @example const request: CloseDayRequest = { businessDate: date("2026-03-31"), batchSize: 500 };
 */
export interface CloseDayRequest {
  readonly businessDate: LocalDate;
  readonly batchSize: number;
  readonly tenantId?: string | undefined;
  /** What started it, for `GET /v1/close-runs` (default `cli`). */
  readonly trigger?: CloseTrigger | undefined;
}

/** What a worker needs besides the database: the clock (for `computed_at`) and ids (audit records). @example { clock: () => new Date(), ids } */
export interface CloseDayDeps {
  readonly clock: () => Date;
  readonly ids: IdGenerator;
  /**
   * Called after each batch with the loans this worker has handled and the loans that needed a snapshot
   * when it started (for a progress bar; other workers may take some, so `done` can stop short of it).
   */
  readonly onProgress?: (done: number, total: number) => void;
  /** The PII master keys: with them the close also originates the day's ACH debits (autopay). */
  readonly pii?: MasterKeyring | undefined;
}

/** What this worker did. Other workers running at the same time did the rest. @example result.snapshotsWritten */
export interface CloseDayResult {
  readonly businessDate: LocalDate;
  readonly tenants: number;
  readonly batches: number;
  readonly snapshotsWritten: number;
  /**
   * Loans still needing a snapshot when this worker stopped: being closed by another worker, locked
   * by a payment during both passes, or failed. 0 after a lone run that had no failures.
   */
  readonly pendingLoanCount: number;
  readonly failures: ReadonlyArray<CloseDayFailure>;
}

/** Counts handled loans against the loans pending at the start; counts nothing when nobody listens. */
async function progressCounter(
  db: Db,
  tenants: ReadonlyArray<string>,
  date: LocalDate,
  onProgress: CloseDayDeps["onProgress"],
): Promise<{ add(claimed: number): void }> {
  if (onProgress === undefined) return { add: () => {} };
  let total = 0;
  for (const tenantId of tenants) total += await countPending(db, tenantId, date);
  let done = 0;
  onProgress(0, total);
  return {
    add: (claimed) => {
      done += claimed;
      total = Math.max(total, done);
      onProgress(done, total);
    },
  };
}

async function tenantsWithLoans(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ tenantId: loans.tenantId }).from(loans).orderBy(asc(loans.tenantId));
  return rows.map((row) => row.tenantId);
}

/** The audit record that closes one tenant's run. */
async function auditClose(
  db: Db,
  deps: CloseDayDeps,
  tenantId: string,
  businessDate: LocalDate,
  outcome: { snapshotsWritten: number; failed: ReadonlySet<string> },
): Promise<void> {
  await writeAudit(
    db,
    { tenantId, actor: "system:close-day", requestId: `close-day:${businessDate}`, now: deps.clock(), ids: deps.ids },
    {
      action: "business_day.closed",
      resourceType: "business_day",
      resourceId: businessDate,
      details: { snapshotsWritten: outcome.snapshotsWritten, failedLoanIds: [...outcome.failed] },
    },
  );
}

/** Who makes the close's changes, for the audit records and events of its steps. */
function closeContext(tenantId: string, request: CloseDayRequest, deps: CloseDayDeps): ChangeContext {
  return {
    tenantId,
    actor: "system:close-day",
    requestId: `close-day:${request.businessDate}`,
    now: deps.clock(),
    ids: deps.ids,
    businessDate: request.businessDate,
  };
}

/**
 * The close's steps that need no loan, for every tenant with something to expire (or the one requested):
 * applications whose offers lapsed, bank accounts whose micro-deposits lapsed unconfirmed.
 */
async function expireLapsed(db: Db, request: CloseDayRequest, deps: CloseDayDeps): Promise<void> {
  const only = request.tenantId === undefined ? undefined : [request.tenantId];
  for (const tenantId of only ?? (await tenantsWithOfferedApplications(db))) {
    await expireLapsedApplications(db, closeContext(tenantId, request, deps));
  }
  for (const tenantId of only ?? (await tenantsWithLapsedMicroDeposits(db, request.businessDate))) {
    await expireLapsedMicroDeposits(db, closeContext(tenantId, request, deps), request.businessDate);
  }
}

/**
 * Runs the daily close for a business date: offered applications whose every offer has lapsed expire
 * (`expireLapsedApplications`), bank accounts whose micro-deposits lapsed unconfirmed fail
 * (`expireLapsedMicroDeposits`); every loan that needs it gets one `loan_snapshots` row for
 * the date, equal to a full `replay` of its stored events (so a snapshot always equals what the loans API
 * shows for that date). Loans are claimed in batches with `FOR UPDATE SKIP LOCKED`, so any number of
 * workers can run this at once, each doing different loans; a snapshot already current (same loan
 * version) is never recomputed, and a loan whose events changed since its snapshot is recomputed. A
 * worker makes forward passes over the loans until a pass writes nothing new; loans a payment held
 * locked during a pass are picked up by the next. Workers closing the same tenant and date share one
 * close run (`GET /v1/close-runs`), which counts every batch as it commits. One audit record per tenant
 * and worker closes its part.
 *
 * @example
 * const result = await closeDay(database.db, { businessDate: date("2026-03-31"), batchSize: 500 }, { clock, ids });
 */
export async function closeDay(db: Db, request: CloseDayRequest, deps: CloseDayDeps): Promise<CloseDayResult> {
  await expireLapsed(db, request, deps);
  const tenants = request.tenantId === undefined ? await tenantsWithLoans(db) : [request.tenantId];
  let batches = 0;
  let written = 0;
  let pending = 0;
  const failures: CloseDayFailure[] = [];
  const counter = await progressCounter(db, tenants, request.businessDate, deps.onProgress);
  for (const tenantId of tenants) {
    const run = await joinCloseRun(
      db,
      { tenantId, businessDate: request.businessDate, trigger: request.trigger ?? "cli" },
      deps,
    );
    await activateDisbursedLoans(db, tenantId, request.businessDate, deps.clock());
    // Before the snapshots: the payments the ACH debits post are in the day's snapshot.
    await runAchStep(db, closeContext(tenantId, request, deps), request.businessDate, deps.pii);
    // After the ACH step: a debit posted today counts toward a promise due today.
    await closePromises(db, closeContext(tenantId, request, deps), request.businessDate);
    // Before the snapshots: a settlement completed today forgives the balance, and the snapshot shows it settled.
    await closeSettlements(db, closeContext(tenantId, request, deps), request.businessDate);
    const failed = new Set<string>();
    let tenantWritten = 0;
    for (let progress = true; progress; ) {
      progress = false;
      for (let afterId = ""; ; ) {
        const outcome = await closeBatch(db, {
          tenantId,
          businessDate: request.businessDate,
          batchSize: request.batchSize,
          afterId,
          now: deps.clock(),
          skip: failed,
          ids: deps.ids,
          run,
        });
        if (outcome.claimed === 0) break;
        batches++;
        counter.add(outcome.claimed);
        afterId = outcome.lastId;
        tenantWritten += outcome.written;
        if (outcome.written > 0) progress = true;
        for (const failure of outcome.failures) failed.add(failure.loanId);
        failures.push(...outcome.failures);
      }
    }
    written += tenantWritten;
    // After the snapshots: queues follow the day's days past due.
    await updateCollectionQueues(db, closeContext(tenantId, request, deps), request.businessDate);
    pending += await leaveCloseRun(db, run, deps.clock());
    await auditClose(db, deps, tenantId, request.businessDate, { snapshotsWritten: tenantWritten, failed });
  }
  return {
    businessDate: request.businessDate,
    tenants: tenants.length,
    batches,
    snapshotsWritten: written,
    pendingLoanCount: pending,
    failures,
  };
}
