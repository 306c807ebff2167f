import type { LocalDate } from "@lendstack/core/calendar";
import { summarizeLoan } from "@lendstack/core/reporting";
import { replay } from "@lendstack/core/servicing";
import { and, asc, count, eq, gt, inArray, sql } from "drizzle-orm";
import { writeAudit } from "../db/audit.js";
import type { Db, Executor } from "../db/database.js";
import { type LoanRow, type LoanSnapshotRow, loanEvents, loanSnapshots, loans } from "../db/schema/index.js";
import type { IdGenerator } from "../ids.js";
import { decodePolicy, decodeTerms, rowToEvent } from "./loans-codec.js";

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
}

/** What a worker needs besides the database: the clock (for `computed_at`) and ids (audit records). @example { clock: () => new Date(), ids } */
export interface CloseDayDeps {
  readonly clock: () => Date;
  readonly ids: IdGenerator;
}

/** A loan the close could not replay (its stored history is refused by core); it keeps no snapshot. @example failure.code */
export interface CloseDayFailure {
  readonly tenantId: string;
  readonly loanId: string;
  readonly code: string;
  readonly message: string;
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

/**
 * Loans of the tenant that need a snapshot for the date, after `afterId`, locked for this transaction;
 * rows another worker (or a payment) holds are skipped, not waited for. A loan needs one when it is
 * active, or its latest earlier snapshot says active (so the day it closes or is charged off is
 * recorded once), and it has no snapshot for the date computed from its current version.
 */
function needsSnapshot(tenantId: string, date: LocalDate) {
  const previousStatus = sql`(select s.status from ${loanSnapshots} s where s.tenant_id = ${loans.tenantId}
    and s.loan_id = ${loans.id} and s.as_of_date < ${date} order by s.as_of_date desc limit 1)`;
  const isDone = sql`exists (select 1 from ${loanSnapshots} s where s.tenant_id = ${loans.tenantId}
    and s.loan_id = ${loans.id} and s.as_of_date = ${date} and s.events_version = ${loans.version})`;
  return and(
    eq(loans.tenantId, tenantId),
    sql`(${loans.status} = 'active' or ${previousStatus} = 'active')`,
    sql`not ${isDone}`,
  );
}

async function claimBatch(tx: Executor, tenantId: string, date: LocalDate, afterId: string, take: number) {
  return tx
    .select()
    .from(loans)
    .where(and(needsSnapshot(tenantId, date), gt(loans.id, afterId)))
    .orderBy(asc(loans.id))
    .limit(take)
    .for("update", { skipLocked: true });
}

/** Loans still without a current snapshot for the date (held by another worker or a payment, or failed). */
async function countPending(db: Db, tenantId: string, date: LocalDate): Promise<number> {
  const [row] = await db.select({ n: count() }).from(loans).where(needsSnapshot(tenantId, date));
  return row?.n ?? 0;
}

/** Loan ids whose snapshot for the date is already current: written by a worker that committed after our claim read. */
async function alreadyDone(tx: Executor, tenantId: string, date: LocalDate, rows: ReadonlyArray<LoanRow>) {
  const done = await tx
    .select({ loanId: loanSnapshots.loanId, eventsVersion: loanSnapshots.eventsVersion })
    .from(loanSnapshots)
    .where(
      and(
        eq(loanSnapshots.tenantId, tenantId),
        eq(loanSnapshots.asOfDate, date),
        inArray(
          loanSnapshots.loanId,
          rows.map((row) => row.id),
        ),
      ),
    );
  const versions = new Map(rows.map((row) => [row.id, row.version]));
  return new Set(done.filter((d) => versions.get(d.loanId) === d.eventsVersion).map((d) => d.loanId));
}

/** The loan's snapshot row for the date by a full replay of its stored events, or why core refused it. */
function snapshotOf(row: LoanRow, events: ReadonlyArray<typeof loanEvents.$inferSelect>, date: LocalDate, now: Date) {
  const terms = decodeTerms(row.terms);
  if (!terms.ok) return terms;
  const state = replay({ terms: terms.value, policy: decodePolicy(row.policy) }, events.map(rowToEvent), date);
  if (!state.ok) return state;
  const summary = summarizeLoan(row.id, state.value);
  const snapshot: LoanSnapshotRow = {
    tenantId: row.tenantId,
    loanId: row.id,
    asOfDate: date,
    eventsVersion: row.version,
    status: summary.status,
    daysPastDue: summary.daysPastDue,
    delinquencyBucket: state.value.delinquencyBucket,
    isNonPerforming: summary.isNonPerforming,
    currency: summary.currency,
    principalMinor: summary.principalMinor,
    interestMinor: summary.interestMinor,
    feesMinor: summary.feesMinor,
    penaltiesMinor: summary.penaltiesMinor,
    accruedInterestMinor: summary.accruedInterestMinor,
    computedAt: now,
  };
  return { ok: true as const, value: snapshot };
}

async function upsertSnapshots(tx: Executor, snapshots: ReadonlyArray<LoanSnapshotRow>) {
  if (snapshots.length === 0) return;
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  await tx
    .insert(loanSnapshots)
    .values([...snapshots])
    .onConflictDoUpdate({
      target: [loanSnapshots.tenantId, loanSnapshots.loanId, loanSnapshots.asOfDate],
      set: Object.fromEntries(
        [
          ["eventsVersion", "events_version"],
          ["status", "status"],
          ["daysPastDue", "days_past_due"],
          ["delinquencyBucket", "delinquency_bucket"],
          ["isNonPerforming", "is_non_performing"],
          ["currency", "currency"],
          ["principalMinor", "principal_minor"],
          ["interestMinor", "interest_minor"],
          ["feesMinor", "fees_minor"],
          ["penaltiesMinor", "penalties_minor"],
          ["accruedInterestMinor", "accrued_interest_minor"],
          ["computedAt", "computed_at"],
        ].map(([field, column]) => [field, excluded(column as string)]),
      ),
    });
}

interface BatchOutcome {
  readonly claimed: number;
  readonly lastId: string;
  readonly written: number;
  readonly failures: CloseDayFailure[];
}

/** One transaction: claim, replay each loan, upsert the snapshots. Locks end at commit. */
async function closeBatch(
  db: Db,
  tenantId: string,
  request: CloseDayRequest,
  afterId: string,
  now: Date,
  skip: Set<string>,
) {
  return db.transaction(async (tx): Promise<BatchOutcome> => {
    const claimed = await claimBatch(tx, tenantId, request.businessDate, afterId, request.batchSize);
    const lastId = claimed.at(-1)?.id ?? afterId;
    if (claimed.length === 0) return { claimed: 0, lastId, written: 0, failures: [] };
    const done = await alreadyDone(tx, tenantId, request.businessDate, claimed);
    const todo = claimed.filter((row) => !done.has(row.id) && !skip.has(row.id));
    const eventRows =
      todo.length === 0
        ? []
        : await tx
            .select()
            .from(loanEvents)
            .where(
              and(
                eq(loanEvents.tenantId, tenantId),
                inArray(
                  loanEvents.loanId,
                  todo.map((row) => row.id),
                ),
              ),
            )
            .orderBy(asc(loanEvents.loanId), asc(loanEvents.sequence));
    const byLoan = new Map<string, (typeof eventRows)[number][]>();
    for (const event of eventRows) {
      const list = byLoan.get(event.loanId);
      if (list === undefined) byLoan.set(event.loanId, [event]);
      else list.push(event);
    }
    const snapshots: LoanSnapshotRow[] = [];
    const failures: CloseDayFailure[] = [];
    for (const row of todo) {
      const snapshot = snapshotOf(row, byLoan.get(row.id) ?? [], request.businessDate, now);
      if (snapshot.ok) snapshots.push(snapshot.value);
      else failures.push({ tenantId, loanId: row.id, code: snapshot.error.code, message: snapshot.error.message });
    }
    await upsertSnapshots(tx, snapshots);
    return { claimed: claimed.length, lastId, written: snapshots.length, failures };
  });
}

async function tenantsWithLoans(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ tenantId: loans.tenantId }).from(loans).orderBy(asc(loans.tenantId));
  return rows.map((row) => row.tenantId);
}

/**
 * Runs the daily close for a business date: every loan that needs it gets one `loan_snapshots` row for
 * the date, from a full `replay` of its stored events (so a snapshot always equals what the loans API
 * shows for that date). Loans are claimed in batches with `FOR UPDATE SKIP LOCKED`, so any number of
 * workers can run this at once, each doing different loans; a snapshot already current (same loan
 * version) is never recomputed, and a loan whose events changed since its snapshot is recomputed. A
 * worker makes forward passes over the loans until a pass writes nothing new; loans a payment held
 * locked during a pass are picked up by the next. One audit record per tenant closes the run.
 *
 * @example
 * const result = await closeBusinessDay(database.db, { businessDate: date("2026-03-31"), batchSize: 500 }, { clock, ids });
 */
export async function closeBusinessDay(db: Db, request: CloseDayRequest, deps: CloseDayDeps): Promise<CloseDayResult> {
  const tenants = request.tenantId === undefined ? await tenantsWithLoans(db) : [request.tenantId];
  let batches = 0;
  let written = 0;
  let pending = 0;
  const failures: CloseDayFailure[] = [];
  for (const tenantId of tenants) {
    const failed = new Set<string>();
    let tenantWritten = 0;
    for (let progress = true; progress; ) {
      progress = false;
      for (let afterId = ""; ; ) {
        const outcome = await closeBatch(db, tenantId, request, afterId, deps.clock(), failed);
        if (outcome.claimed === 0) break;
        batches++;
        afterId = outcome.lastId;
        tenantWritten += outcome.written;
        if (outcome.written > 0) progress = true;
        for (const failure of outcome.failures) failed.add(failure.loanId);
        failures.push(...outcome.failures);
      }
    }
    written += tenantWritten;
    pending += await countPending(db, tenantId, request.businessDate);
    await writeAudit(
      db,
      {
        tenantId,
        actor: "system:close-day",
        requestId: `close-day:${request.businessDate}`,
        now: deps.clock(),
        ids: deps.ids,
      },
      {
        action: "business_day.closed",
        resourceType: "business_day",
        resourceId: request.businessDate,
        details: { snapshotsWritten: tenantWritten, failedLoanIds: [...failed] },
      },
    );
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
