import type { LocalDate } from "@lendstack/core/calendar";
import { achReturnRatesOfCounts, achReturnRateThresholds, achReturnRule } from "@lendstack/core/payments";
import { and, between, count, eq, isNotNull, sql } from "drizzle-orm";
import { achEntries } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** One category's figure: returns, basis points of the debit entries (half-even), and NACHA's level. */
export interface ReturnRateFigure {
  readonly returns: number;
  readonly basisPoints: number;
  readonly thresholdBasisPoints: number;
  readonly exceedsThreshold: boolean;
}

/** The tenant's ACH return rates over a period, as NACHA's ODFI return-rate reporting computes them. */
export interface AchReturnRatesReport {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly debitEntries: number;
  readonly unauthorized: ReturnRateFigure;
  readonly administrative: ReturnRateFigure;
  readonly overall: ReturnRateFigure;
  readonly byCode: ReadonlyArray<{ readonly code: string; readonly category: string; readonly returns: number }>;
}

/**
 * Return rates of the tenant's debits between `from` and `to` (both included): returns received in the
 * period (by their return date) over the debit entries originated in it (by their initiation date; a
 * blocked attempt was never sent and is not an entry), per NACHA category — unauthorized (R05, R07, R10,
 * R11, R29, R51; level 0.5 %), administrative (R02, R03, R04; 3 %), all returns (15 %). NACHA measures
 * over 60 days (or two calendar months); the caller picks the period.
 *
 * @see NACHA Operating Rules, Subsection 2.17.2 (ODFI return rate reporting)
 * @example const report = await achReturnRatesReport(db, "demo", from, to);
 */
export async function achReturnRatesReport(
  executor: Executor,
  tenantId: string,
  from: LocalDate,
  to: LocalDate,
): Promise<AchReturnRatesReport> {
  const [originated] = await executor
    .select({ n: count() })
    .from(achEntries)
    .where(
      and(
        eq(achEntries.tenantId, tenantId),
        isNotNull(achEntries.initiatedOn),
        between(achEntries.initiatedOn, from, to),
      ),
    );
  const returned = await executor
    .select({ code: achEntries.returnCode, n: sql<number>`count(*)::int` })
    .from(achEntries)
    .where(
      and(
        eq(achEntries.tenantId, tenantId),
        isNotNull(achEntries.returnCode),
        between(achEntries.returnedOn, from, to),
      ),
    )
    .groupBy(achEntries.returnCode)
    .orderBy(achEntries.returnCode);
  const debitEntries = Number(originated?.n ?? 0);
  const byCode = returned.map((row) => ({ code: row.code ?? "", returns: row.n }));
  const rates = achReturnRatesOfCounts(debitEntries, byCode);
  const figure = (category: keyof typeof achReturnRateThresholds): ReturnRateFigure => ({
    returns: rates[category].returns,
    basisPoints: Number(rates[category].basisPoints),
    thresholdBasisPoints: achReturnRateThresholds[category],
    exceedsThreshold: rates[category].exceedsThreshold,
  });
  return {
    from,
    to,
    debitEntries,
    unauthorized: figure("unauthorized"),
    administrative: figure("administrative"),
    overall: figure("overall"),
    byCode: byCode.map((row) => ({ ...row, category: achReturnRule(row.code).category })),
  };
}
