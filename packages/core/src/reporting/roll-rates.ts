import type { LocalDate } from "../calendar/index.js";
import { InvariantError } from "../errors/index.js";
import type { Decimal } from "../money/index.js";
import { delinquencyBucketIndex, delinquencyBucketNames, UNBUCKETED } from "../products/index.js";
import type { ReportOptions } from "./portfolio.js";
import { ratioOf } from "./ratio.js";
import { isInPortfolio, type LoanSummary } from "./summary.js";

/** Where a loan no longer in the portfolio went: its lifecycle status, or no summary at the end date. */
const EXIT_ORDER = [
  "paid-off",
  "overpaid",
  "closed",
  "charged-off",
  "written-off",
  "settled",
  "pending",
  "not-reported",
];

/**
 * Loans that moved from a row's bucket to `to` (a bucket, a lifecycle status such as `paid-off` or
 * `charged-off`, or `not-reported`). `startPrincipalMinor` is their principal at the start date,
 * `endPrincipalMinor` at the end date; the rates are shares of the row (fractions, rounded as asked).
 *
 * @example row.cells.find((c) => c.to === "31-60")?.countRate
 */
export interface RollRateCell {
  readonly to: string;
  readonly loanCount: number;
  readonly startPrincipalMinor: bigint;
  readonly endPrincipalMinor: bigint;
  /** loanCount ÷ the row's loanCount. */
  readonly countRate: Decimal;
  /** startPrincipalMinor ÷ the row's startPrincipalMinor. */
  readonly balanceRate: Decimal;
}

/** The loans in one bucket at the start date and where each went. @example row.loanCount */
export interface RollRateRow {
  readonly from: string;
  readonly loanCount: number;
  readonly startPrincipalMinor: bigint;
  /** One cell per destination column, in the report's column order (zero cells included). */
  readonly cells: ReadonlyArray<RollRateCell>;
}

/** The transition matrix of one currency. @example rates.rows[0]?.cells */
export interface CurrencyRollRates {
  readonly currency: string;
  /** Destination columns: every bucket, then the exits some loan took. */
  readonly columns: ReadonlyArray<string>;
  readonly rows: ReadonlyArray<RollRateRow>;
  /** Loans in the portfolio at the end date but not at the start (newly disbursed), per bucket. */
  readonly newLoans: ReadonlyArray<{
    readonly to: string;
    readonly loanCount: number;
    readonly endPrincipalMinor: bigint;
  }>;
}

/** Delinquency roll rates between two dates, per currency. @example report.currencies[0]?.rows */
export interface RollRateReport {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly currencies: ReadonlyArray<CurrencyRollRates>;
}

interface Move {
  readonly from: string;
  readonly to: string;
  readonly start: bigint;
  readonly end: bigint;
}

function indexByLoan(summaries: ReadonlyArray<LoanSummary>, asOf: LocalDate): Map<string, LoanSummary> {
  const byLoan = new Map<string, LoanSummary>();
  for (const summary of summaries) {
    if (summary.asOf !== asOf) throw new InvariantError(`summary of ${summary.loanId} is not as of ${asOf}`);
    if (byLoan.has(summary.loanId)) throw new InvariantError(`loan ${summary.loanId} is summarized twice`);
    byLoan.set(summary.loanId, summary);
  }
  return byLoan;
}

function collectMoves(
  start: Map<string, LoanSummary>,
  end: Map<string, LoanSummary>,
  options: ReportOptions,
): Map<string, { moves: Move[]; fresh: Move[] }> {
  const names = delinquencyBucketNames(options.buckets);
  const bucketOf = (s: LoanSummary) => names[delinquencyBucketIndex(options.buckets, s.daysPastDue)] as string;
  const byCurrency = new Map<string, { moves: Move[]; fresh: Move[] }>();
  const group = (currency: string) => {
    const found = byCurrency.get(currency);
    if (found !== undefined) return found;
    const entry = { moves: [] as Move[], fresh: [] as Move[] };
    byCurrency.set(currency, entry);
    return entry;
  };
  for (const s of start.values()) {
    if (!isInPortfolio(s)) continue;
    const e = end.get(s.loanId);
    if (e !== undefined && e.currency !== s.currency) throw new InvariantError(`loan ${s.loanId} changed currency`);
    const to = e === undefined ? "not-reported" : isInPortfolio(e) ? bucketOf(e) : e.status;
    group(s.currency).moves.push({ from: bucketOf(s), to, start: s.principalMinor, end: e?.principalMinor ?? 0n });
  }
  for (const e of end.values()) {
    if (!isInPortfolio(e)) continue;
    const s = start.get(e.loanId);
    if (s !== undefined && isInPortfolio(s)) continue;
    group(e.currency).fresh.push({ from: "", to: bucketOf(e), start: 0n, end: e.principalMinor });
  }
  return byCurrency;
}

interface Tally {
  count: number;
  start: bigint;
  end: bigint;
}

function tally(moves: ReadonlyArray<Move>, key: (m: Move) => string): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const m of moves) {
    const k = key(m);
    const t = tallies.get(k);
    if (t === undefined) tallies.set(k, { count: 1, start: m.start, end: m.end });
    else {
      t.count++;
      t.start += m.start;
      t.end += m.end;
    }
  }
  return tallies;
}

function matrix(currency: string, moves: Move[], fresh: Move[], options: ReportOptions): CurrencyRollRates {
  const configured = options.buckets.map((bucket) => bucket.name);
  const hasUnbucketed = [...moves, ...fresh].some((m) => m.from === UNBUCKETED || m.to === UNBUCKETED);
  const rowNames = hasUnbucketed ? [...configured, UNBUCKETED] : configured;
  const exits = EXIT_ORDER.filter((exit) => moves.some((m) => m.to === exit));
  const columns = [...rowNames, ...exits];
  const empty: Tally = { count: 0, start: 0n, end: 0n };
  const byRow = tally(moves, (m) => m.from);
  const byCell = tally(moves, (m) => `${m.from}\u0000${m.to}`);
  const rows = rowNames.map((from) => {
    const row = byRow.get(from) ?? empty;
    const cells = columns.map((to) => {
      const cell = byCell.get(`${from}\u0000${to}`) ?? empty;
      return {
        to,
        loanCount: cell.count,
        startPrincipalMinor: cell.start,
        endPrincipalMinor: cell.end,
        countRate: ratioOf(BigInt(cell.count), BigInt(row.count), options.ratio),
        balanceRate: ratioOf(cell.start, row.start, options.ratio),
      };
    });
    return { from, loanCount: row.count, startPrincipalMinor: row.start, cells };
  });
  const byNew = tally(fresh, (m) => m.to);
  const newLoans = rowNames.map((to) => {
    const cell = byNew.get(to) ?? empty;
    return { to, loanCount: cell.count, endPrincipalMinor: cell.end };
  });
  return { currency, columns, rows, newLoans };
}

/**
 * Delinquency roll rates from `fromDate` to `toDate`: every loan in the portfolio (`active`) at the
 * start, by its bucket then, against where it is at the end — its bucket if still active, else its
 * status (`paid-off`, `charged-off`, …), or `not-reported` when the end has no summary of it. Rows sum
 * to the starting bucket (count and starting principal). Buckets come from days past due and
 * `options.buckets`, as in the portfolio report.
 *
 * @see CGAP/SEEP, "Measuring Performance of Microfinance Institutions" (2005), roll rates and
 * portfolio migration.
 * @example
 * const rates = buildRollRates(marchSummaries, date("2026-03-31"), aprilSummaries, date("2026-04-30"), options);
 */
export function buildRollRates(
  fromSummaries: ReadonlyArray<LoanSummary>,
  fromDate: LocalDate,
  toSummaries: ReadonlyArray<LoanSummary>,
  toDate: LocalDate,
  options: ReportOptions,
): RollRateReport {
  if (toDate < fromDate) throw new InvariantError(`roll rates from ${fromDate} to an earlier ${toDate}`);
  const grouped = collectMoves(indexByLoan(fromSummaries, fromDate), indexByLoan(toSummaries, toDate), options);
  const currencies = [...grouped.keys()].sort().map((code) => {
    const { moves, fresh } = grouped.get(code) as { moves: Move[]; fresh: Move[] };
    return matrix(code, moves, fresh, options);
  });
  return { from: fromDate, to: toDate, currencies };
}
