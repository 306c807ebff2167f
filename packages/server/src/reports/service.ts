import type { LocalDate } from "@lendstack/core/calendar";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { defaultDelinquencyBuckets } from "@lendstack/core/products";
import {
  buildPortfolioReport,
  buildRollRates,
  type LoanSummary,
  type PortfolioReport,
  type ReportOptions,
  type RollRateReport,
} from "@lendstack/core/reporting";
import type { LifecycleStatus } from "@lendstack/core/servicing";
import { and, count, eq, lt, sql } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { type LoanSnapshotRow, loanSnapshots, loans } from "../db/schema/index.js";

/**
 * The report settings of the API: the usual US buckets (current, 1-30, 31-60, 61-90, 91-120, 120+),
 * PAR30/60/90 counting loans at least that many days past due, ratios as fractions to 6 places
 * rounded half-even (0.083333 is 8.3333 %).
 *
 * @example buildPortfolioReport(summaries, asOf, REPORT_OPTIONS)
 */
export const REPORT_OPTIONS: ReportOptions = {
  buckets: defaultDelinquencyBuckets,
  parDays: [30, 60, 90],
  ratio: { scale: 6, mode: "half-even" },
};

/** How the snapshots behind a report stand: how many, and how many predate a later event on their loan. @example coverage.staleLoanCount */
export interface SnapshotCoverage {
  readonly loanCount: number;
  /** Snapshots computed before the loan's latest event (e.g. a back-dated payment): re-run close-day for the date. */
  readonly staleLoanCount: number;
}

function toSummary(row: LoanSnapshotRow): LoanSummary {
  return {
    loanId: row.loanId,
    asOf: row.asOfDate as LocalDate,
    currency: row.currency,
    status: row.status as LifecycleStatus,
    daysPastDue: row.daysPastDue,
    isNonPerforming: row.isNonPerforming,
    principalMinor: row.principalMinor,
    interestMinor: row.interestMinor,
    feesMinor: row.feesMinor,
    penaltiesMinor: row.penaltiesMinor,
    accruedInterestMinor: row.accruedInterestMinor,
  };
}

/**
 * The tenant's snapshots of a date, or `snapshot_missing` when the daily close has not run for it and
 * the tenant has loans (reports never replay loans themselves: they read what close-day stored, so a
 * report costs the same for ten loans or a million, and two reports of one date agree).
 */
async function loadSnapshots(
  executor: Executor,
  tenantId: string,
  asOf: LocalDate,
  field: string,
): Promise<Result<{ summaries: LoanSummary[]; coverage: SnapshotCoverage }>> {
  const rows = await executor
    .select()
    .from(loanSnapshots)
    .where(and(eq(loanSnapshots.tenantId, tenantId), eq(loanSnapshots.asOfDate, asOf)));
  if (rows.length === 0) {
    const [loanCount] = await executor.select({ n: count() }).from(loans).where(eq(loans.tenantId, tenantId));
    if ((loanCount?.n ?? 0) > 0) {
      return fail(
        "snapshot_missing",
        `No daily close has run for ${asOf}: run \`lendstack close-day --date ${asOf}\`.`,
        [field],
      );
    }
  }
  const [stale] = await executor
    .select({ n: count() })
    .from(loanSnapshots)
    .innerJoin(loans, and(eq(loans.tenantId, loanSnapshots.tenantId), eq(loans.id, loanSnapshots.loanId)))
    .where(
      and(
        eq(loanSnapshots.tenantId, tenantId),
        eq(loanSnapshots.asOfDate, asOf),
        lt(loanSnapshots.eventsVersion, sql`${loans.version}`),
      ),
    );
  return ok({
    summaries: rows.map(toSummary),
    coverage: { loanCount: rows.length, staleLoanCount: stale?.n ?? 0 },
  });
}

/**
 * The portfolio report of a date from its loan snapshots.
 *
 * @example
 * const report = await portfolioReport(db, "demo", date("2026-03-31"));
 */
export async function portfolioReport(
  executor: Executor,
  tenantId: string,
  asOf: LocalDate,
): Promise<Result<{ report: PortfolioReport; coverage: SnapshotCoverage }>> {
  const loaded = await loadSnapshots(executor, tenantId, asOf, "asOf");
  if (!loaded.ok) return loaded;
  return ok({
    report: buildPortfolioReport(loaded.value.summaries, asOf, REPORT_OPTIONS),
    coverage: loaded.value.coverage,
  });
}

/**
 * Delinquency roll rates between the snapshots of two dates (`from` on or before `to`).
 *
 * @example
 * const rates = await rollRates(db, "demo", date("2026-02-28"), date("2026-03-31"));
 */
export async function rollRates(
  executor: Executor,
  tenantId: string,
  from: LocalDate,
  to: LocalDate,
): Promise<Result<{ report: RollRateReport; coverage: { from: SnapshotCoverage; to: SnapshotCoverage } }>> {
  if (to < from) return fail("invalid_date_range", `to (${to}) is before from (${from}).`, ["to"]);
  const start = await loadSnapshots(executor, tenantId, from, "from");
  if (!start.ok) return start;
  const end = await loadSnapshots(executor, tenantId, to, "to");
  if (!end.ok) return end;
  return ok({
    report: buildRollRates(start.value.summaries, from, end.value.summaries, to, REPORT_OPTIONS),
    coverage: { from: start.value.coverage, to: end.value.coverage },
  });
}
