import { addMonths, type LocalDate, wholeMonthsBetween } from "../calendar/index.js";
import { divideRounded, type RoundingMode } from "../money/index.js";
import {
  type CreditReport,
  type PaymentHistoryCode,
  paymentHistoryMonths,
  type Tradeline,
  type TradelineStatus,
} from "./bureau-report.js";

// What a decision reads from a report: monthly debt, derogatory counts, revolving utilization. Pure and exact.

const OPEN_STATUSES: ReadonlySet<TradelineStatus> = new Set(["current", "delinquent"]);

/** Percent of a revolving balance counted as its payment when the bureau reports none (Fannie Mae B3-6-05). */
export const revolvingPaymentPercentWhenUnreported = 5n;

/** Whether the account is still open and owed on: current or delinquent, with a balance. */
function isOwing(tradeline: Tradeline): boolean {
  return OPEN_STATUSES.has(tradeline.status) && tradeline.balanceMinor > 0n;
}

/**
 * One tradeline's monthly payment as debt: the reported payment of an open account with a balance; a
 * revolving account or line of credit reporting none counts 5% of its balance, rounded up to the minor
 * unit; anything else reporting none counts 0. Charged-off, collection, paid and closed accounts count 0
 * (they are derogatory, not a payment the borrower makes each month).
 *
 * @see Fannie Mae Selling Guide B3-6-05 (monthly debt obligations; 5% of a revolving balance)
 * @example tradelineMonthlyPayment({ …, type: "revolving", status: "current", balanceMinor: 100_001n, monthlyPaymentMinor: null }) // 5_001n
 */
export function tradelineMonthlyPayment(tradeline: Tradeline): bigint {
  if (!isOwing(tradeline)) return 0n;
  if (tradeline.monthlyPaymentMinor !== null) return tradeline.monthlyPaymentMinor;
  if (tradeline.type !== "revolving" && tradeline.type !== "line_of_credit") return 0n;
  return divideRounded(tradeline.balanceMinor * revolvingPaymentPercentWhenUnreported, 100n, "up");
}

/**
 * The monthly debt the tradelines show, minor units: the sum of {@link tradelineMonthlyPayment}.
 *
 * @example monthlyDebtFromTradelines(report.tradelines) // 184_500n
 */
export function monthlyDebtFromTradelines(tradelines: ReadonlyArray<Tradeline>): bigint {
  return tradelines.reduce((sum, tradeline) => sum + tradelineMonthlyPayment(tradeline), 0n);
}

/** Derogatory marks on a report. */
export interface DerogatoryCounts {
  /** Months reported 30 days late, over every tradeline's last 24 months. */
  readonly late30: number;
  readonly late60: number;
  /** Months reported 90 or more days late (90 through 180). */
  readonly late90Plus: number;
  /** Tradelines charged off (now, or in the last 24 months). */
  readonly chargeOffs: number;
  /** Tradelines placed for collection (now, or in the last 24 months). */
  readonly collections: number;
  readonly publicRecords: number;
  /** Tradelines with a month 30 or more days late in the last 24 months. */
  readonly delinquentTradelines: number;
  /** Tradelines with any mark above, plus the public records: the decision's `derogatoryCount`. */
  readonly derogatoryItems: number;
}

const LATE_90_PLUS: ReadonlySet<PaymentHistoryCode> = new Set(["late_90", "late_120", "late_150", "late_180"]);

/**
 * Counts the derogatory marks: late months by severity over each tradeline's last 24 months, charge-offs
 * and collections by tradeline, public records, and the derogatory items (tradelines with any mark, plus
 * public records).
 *
 * @example derogatoryCounts(report).derogatoryItems // 3
 */
export function derogatoryCounts(report: Pick<CreditReport, "tradelines" | "publicRecords">): DerogatoryCounts {
  let late30 = 0;
  let late60 = 0;
  let late90Plus = 0;
  let chargeOffs = 0;
  let collections = 0;
  let marked = 0;
  let delinquent = 0;
  for (const tradeline of report.tradelines) {
    const months = tradeline.paymentHistory.slice(0, paymentHistoryMonths);
    const late = { 30: 0, 60: 0, 90: 0 };
    for (const month of months) {
      if (month === "late_30") late[30] += 1;
      else if (month === "late_60") late[60] += 1;
      else if (LATE_90_PLUS.has(month)) late[90] += 1;
    }
    const chargedOff = tradeline.status === "charged_off" || months.includes("charge_off");
    const inCollection = tradeline.status === "collection" || months.includes("collection");
    late30 += late[30];
    late60 += late[60];
    late90Plus += late[90];
    chargeOffs += Number(chargedOff);
    collections += Number(inCollection);
    const wasLate = late[30] + late[60] + late[90] > 0;
    delinquent += Number(wasLate);
    marked += Number(chargedOff || inCollection || wasLate);
  }
  const publicRecords = report.publicRecords.length;
  return {
    late30,
    late60,
    late90Plus,
    chargeOffs,
    collections,
    publicRecords,
    delinquentTradelines: delinquent,
    derogatoryItems: marked + publicRecords,
  };
}

/** Revolving balances against their limits. */
export interface RevolvingUtilization {
  readonly balanceMinor: bigint;
  readonly limitMinor: bigint;
  /** balance ÷ limit in basis points (1 = 0.01%), rounded by the mode given; null when no limit is reported. */
  readonly basisPoints: bigint | null;
}

/**
 * Revolving utilization: the balances of open revolving accounts that report a positive limit, over the sum
 * of those limits, in basis points rounded by `mode` (named by the caller: no default).
 *
 * @example revolvingUtilization(report.tradelines, "half-even").basisPoints // 4_512n (45.12%)
 */
export function revolvingUtilization(tradelines: ReadonlyArray<Tradeline>, mode: RoundingMode): RevolvingUtilization {
  let balanceMinor = 0n;
  let limitMinor = 0n;
  for (const tradeline of tradelines) {
    if (tradeline.type !== "revolving" || !OPEN_STATUSES.has(tradeline.status)) continue;
    if (tradeline.creditLimitMinor === null || tradeline.creditLimitMinor <= 0n) continue;
    balanceMinor += tradeline.balanceMinor > 0n ? tradeline.balanceMinor : 0n;
    limitMinor += tradeline.creditLimitMinor;
  }
  const basisPoints = limitMinor === 0n ? null : divideRounded(balanceMinor * 10_000n, limitMinor, mode);
  return { balanceMinor, limitMinor, basisPoints };
}

/** What a decision reads from a report. */
export interface CreditReportSummary {
  readonly score: number | null;
  readonly monthlyDebtMinor: bigint;
  readonly derogatory: DerogatoryCounts;
  readonly revolvingUtilization: RevolvingUtilization;
  /** Hard inquiries dated after `asOf` less six months. */
  readonly inquiriesLast6Months: number;
  /** A fraud alert in force on `asOf` (placed on or before it, expiring on or after it). */
  readonly hasFraudAlert: boolean;
  /** Whole months from the oldest tradeline's opening to `asOf`; null without tradelines. */
  readonly monthsSinceOldestTradeline: number | null;
}

/**
 * The report's decision figures as of a date, utilization rounded by `utilizationRounding`.
 *
 * @example summarizeCreditReport(report, { asOf: date("2026-03-02"), utilizationRounding: "half-even" }).monthlyDebtMinor
 */
export function summarizeCreditReport(
  report: CreditReport,
  options: { readonly asOf: LocalDate; readonly utilizationRounding: RoundingMode },
): CreditReportSummary {
  const sixMonthsAgo = addMonths(options.asOf, -6);
  const oldest = report.tradelines.map((line) => line.openedOn).sort()[0];
  return {
    score: report.score?.value ?? null,
    monthlyDebtMinor: monthlyDebtFromTradelines(report.tradelines),
    derogatory: derogatoryCounts(report),
    revolvingUtilization: revolvingUtilization(report.tradelines, options.utilizationRounding),
    inquiriesLast6Months: report.inquiries.filter(
      (inquiry) => inquiry.inquiredOn > sixMonthsAgo && inquiry.inquiredOn <= options.asOf,
    ).length,
    hasFraudAlert: report.fraudAlerts.some(
      (alert) => alert.placedOn <= options.asOf && options.asOf <= alert.expiresOn,
    ),
    monthsSinceOldestTradeline: oldest === undefined ? null : wholeMonthsBetween(oldest, options.asOf),
  };
}
