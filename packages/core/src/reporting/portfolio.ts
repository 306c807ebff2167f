import type { LocalDate } from "../calendar/index.js";
import { InvariantError } from "../errors/index.js";
import type { Decimal, RatioRounding } from "../money/index.js";
import { type DelinquencyBucket, delinquencyBucketIndex, delinquencyBucketNames } from "../products/index.js";
import { ratioOf } from "./ratio.js";
import { isInPortfolio, type LoanSummary } from "./summary.js";

/**
 * How to build a report: the delinquency buckets to group by (by days past due, the same for every
 * product, so buckets of different products add up), the PAR thresholds in days, and how ratios round.
 *
 * @example
 * const options: ReportOptions = { buckets: defaultDelinquencyBuckets, parDays: [30, 60, 90], ratio: { scale: 6, mode: "half-even" } };
 */
export interface ReportOptions {
  readonly buckets: ReadonlyArray<DelinquencyBucket>;
  /** PAR thresholds: PAR`n` counts loans with `daysPastDue >= n`. */
  readonly parDays: ReadonlyArray<number>;
  readonly ratio: RatioRounding;
}

/** Loans and their balances in one delinquency bucket, minor units. @example bucket.principalMinor */
export interface BucketFigures {
  readonly name: string;
  readonly loanCount: number;
  readonly principalMinor: bigint;
  /** Principal + interest due + fees + penalties. */
  readonly totalMinor: bigint;
}

/**
 * Portfolio at risk: the principal outstanding of loans at least `days` past due, and its share of
 * all principal outstanding (a fraction: 0.052 is 5.2 %).
 *
 * @example par.find((p) => p.days === 30)?.ratio
 */
export interface ParFigure {
  readonly days: number;
  readonly loanCount: number;
  readonly principalMinor: bigint;
  readonly ratio: Decimal;
}

/** Outstanding per bucket in minor units. @example outstanding.totalMinor */
export interface OutstandingFigures {
  readonly principalMinor: bigint;
  readonly interestMinor: bigint;
  readonly feesMinor: bigint;
  readonly penaltiesMinor: bigint;
  /** Principal + interest due + fees + penalties (accrued interest not yet due is apart). */
  readonly totalMinor: bigint;
  readonly accruedInterestMinor: bigint;
}

/** The figures of the loans in one currency. @example report.currencies[0]?.par */
export interface CurrencyPortfolio {
  readonly currency: string;
  readonly loanCount: number;
  readonly outstanding: OutstandingFigures;
  /** Every configured bucket in order (zero rows included), then `"unbucketed"`. */
  readonly buckets: ReadonlyArray<BucketFigures>;
  readonly par: ReadonlyArray<ParFigure>;
  /** Loans the product rules call non-performing, and their share of principal outstanding. */
  readonly nonPerforming: { readonly loanCount: number; readonly principalMinor: bigint; readonly ratio: Decimal };
}

/**
 * The portfolio as of a date: per currency (amounts of different currencies never add up), and the
 * number of loans per lifecycle status, including those not in the portfolio (paid off, charged off…).
 *
 * @example report.currencies.find((c) => c.currency === "USD")?.outstanding.principalMinor
 */
export interface PortfolioReport {
  readonly asOf: LocalDate;
  readonly statusCounts: Readonly<Record<string, number>>;
  readonly currencies: ReadonlyArray<CurrencyPortfolio>;
}

interface Accumulator {
  loanCount: number;
  principal: bigint;
  interest: bigint;
  fees: bigint;
  penalties: bigint;
  accrued: bigint;
  bucketCounts: number[];
  bucketPrincipal: bigint[];
  bucketTotal: bigint[];
  parCounts: number[];
  parPrincipal: bigint[];
  npCount: number;
  npPrincipal: bigint;
}

function accumulator(bucketCount: number, parCount: number): Accumulator {
  return {
    loanCount: 0,
    principal: 0n,
    interest: 0n,
    fees: 0n,
    penalties: 0n,
    accrued: 0n,
    bucketCounts: new Array<number>(bucketCount).fill(0),
    bucketPrincipal: new Array<bigint>(bucketCount).fill(0n),
    bucketTotal: new Array<bigint>(bucketCount).fill(0n),
    parCounts: new Array<number>(parCount).fill(0),
    parPrincipal: new Array<bigint>(parCount).fill(0n),
    npCount: 0,
    npPrincipal: 0n,
  };
}

function checkSummary(summary: LoanSummary, asOf: LocalDate): void {
  if (summary.asOf !== asOf)
    throw new InvariantError(`summary of ${summary.loanId} is as of ${summary.asOf}, not ${asOf}`);
  const { principalMinor, interestMinor, feesMinor, penaltiesMinor, accruedInterestMinor } = summary;
  if (principalMinor < 0n || interestMinor < 0n || feesMinor < 0n || penaltiesMinor < 0n || accruedInterestMinor < 0n)
    throw new InvariantError(`summary of ${summary.loanId} has a negative balance`);
  if (!Number.isInteger(summary.daysPastDue) || summary.daysPastDue < 0)
    throw new InvariantError(`summary of ${summary.loanId} has days past due ${summary.daysPastDue}`);
}

function addLoan(acc: Accumulator, s: LoanSummary, options: ReportOptions): void {
  const total = s.principalMinor + s.interestMinor + s.feesMinor + s.penaltiesMinor;
  acc.loanCount++;
  acc.principal += s.principalMinor;
  acc.interest += s.interestMinor;
  acc.fees += s.feesMinor;
  acc.penalties += s.penaltiesMinor;
  acc.accrued += s.accruedInterestMinor;
  const b = delinquencyBucketIndex(options.buckets, s.daysPastDue);
  acc.bucketCounts[b] = (acc.bucketCounts[b] ?? 0) + 1;
  acc.bucketPrincipal[b] = (acc.bucketPrincipal[b] ?? 0n) + s.principalMinor;
  acc.bucketTotal[b] = (acc.bucketTotal[b] ?? 0n) + total;
  for (let k = 0; k < options.parDays.length; k++) {
    if (s.daysPastDue < (options.parDays[k] as number)) continue;
    acc.parCounts[k] = (acc.parCounts[k] ?? 0) + 1;
    acc.parPrincipal[k] = (acc.parPrincipal[k] ?? 0n) + s.principalMinor;
  }
  if (s.isNonPerforming) {
    acc.npCount++;
    acc.npPrincipal += s.principalMinor;
  }
}

function toFigures(currency: string, acc: Accumulator, options: ReportOptions): CurrencyPortfolio {
  const names = delinquencyBucketNames(options.buckets);
  const buckets = names
    .map((name, i) => ({
      name,
      loanCount: acc.bucketCounts[i] ?? 0,
      principalMinor: acc.bucketPrincipal[i] ?? 0n,
      totalMinor: acc.bucketTotal[i] ?? 0n,
    }))
    // "unbucketed" is listed only when some loan fell outside every configured bucket.
    .filter((bucket, i) => i < options.buckets.length || bucket.loanCount > 0);
  return {
    currency,
    loanCount: acc.loanCount,
    outstanding: {
      principalMinor: acc.principal,
      interestMinor: acc.interest,
      feesMinor: acc.fees,
      penaltiesMinor: acc.penalties,
      totalMinor: acc.principal + acc.interest + acc.fees + acc.penalties,
      accruedInterestMinor: acc.accrued,
    },
    buckets,
    par: options.parDays.map((days, k) => ({
      days,
      loanCount: acc.parCounts[k] ?? 0,
      principalMinor: acc.parPrincipal[k] ?? 0n,
      ratio: ratioOf(acc.parPrincipal[k] ?? 0n, acc.principal, options.ratio),
    })),
    nonPerforming: {
      loanCount: acc.npCount,
      principalMinor: acc.npPrincipal,
      ratio: ratioOf(acc.npPrincipal, acc.principal, options.ratio),
    },
  };
}

/**
 * The portfolio report from one summary per loan as of `asOf`. Only `active` loans are in the figures;
 * every loan is counted in `statusCounts`. PAR`n` = principal outstanding of loans with
 * `daysPastDue >= n` ÷ all principal outstanding, and the non-performing ratio likewise, both per
 * currency, rounded as `options.ratio` says (0 when nothing is outstanding).
 *
 * @see CGAP, "Microfinance Consensus Guidelines: Definitions of Selected Financial Terms, Ratios and
 * Adjustments" (2003), portfolio at risk. (CGAP's PAR30 counts loans *more than* 30 days late; pass
 * `parDays: [31, 61, 91]` for that reading.)
 * @example
 * const report = buildPortfolioReport(summaries, date("2026-03-31"), {
 *   buckets: defaultDelinquencyBuckets, parDays: [30, 60, 90], ratio: { scale: 6, mode: "half-even" },
 * });
 */
export function buildPortfolioReport(
  summaries: ReadonlyArray<LoanSummary>,
  asOf: LocalDate,
  options: ReportOptions,
): PortfolioReport {
  const byCurrency = new Map<string, Accumulator>();
  const statusCounts: Record<string, number> = {};
  const seen = new Set<string>();
  const bucketCount = options.buckets.length + 1;
  for (const summary of summaries) {
    checkSummary(summary, asOf);
    if (seen.has(summary.loanId)) throw new InvariantError(`loan ${summary.loanId} is summarized twice`);
    seen.add(summary.loanId);
    statusCounts[summary.status] = (statusCounts[summary.status] ?? 0) + 1;
    if (!isInPortfolio(summary)) continue;
    let acc = byCurrency.get(summary.currency);
    if (acc === undefined) {
      acc = accumulator(bucketCount, options.parDays.length);
      byCurrency.set(summary.currency, acc);
    }
    addLoan(acc, summary, options);
  }
  const currencies = [...byCurrency.keys()]
    .sort()
    .map((code) => toFigures(code, byCurrency.get(code) as Accumulator, options));
  return { asOf, statusCounts, currencies };
}
