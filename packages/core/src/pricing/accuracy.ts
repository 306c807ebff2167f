import { abs, compare, type Decimal, dec, subtract } from "../money/index.js";
import type { CashFlow } from "./apr.js";

/**
 * Whether a transaction is regular or irregular for the APR tolerance of § 1026.22(a)(2)-(3). Irregular means
 * several advances, irregular payment periods or irregular payment amounts; an irregular first period or an odd
 * first or final payment does not make a transaction irregular.
 */
export type AprTransaction = "regular" | "irregular";

/** 1/8 of a percentage point: the APR tolerance of a regular transaction (§ 1026.22(a)(2)). */
export const regularAprTolerancePercent: Decimal = dec("0.125");
/** 1/4 of a percentage point: the APR tolerance of an irregular transaction (§ 1026.22(a)(3)). */
export const irregularAprTolerancePercent: Decimal = dec("0.25");

/**
 * The APR tolerance of a transaction, in percentage points.
 *
 * @see 12 CFR 1026.22(a)(2), (a)(3)
 * @example aprTolerancePercent("irregular") // 0.25
 */
export function aprTolerancePercent(transaction: AprTransaction): Decimal {
  return transaction === "regular" ? regularAprTolerancePercent : irregularAprTolerancePercent;
}

/**
 * Classifies a single-advance payment stream for § 1026.22: irregular when its payments other than the first and
 * the last differ in amount (graduated, step or equal-principal payments); irregular when there is more than one
 * advance. Due dates follow the product's frequency, so periods are regular (the first may be odd, which does not
 * count). Fewer than three payments are regular.
 *
 * @see 12 CFR 1026.22(a)(3) and comment 22(a)(3)-1
 * @example classifyAprTransaction(payments) // "regular"
 */
export function classifyAprTransaction(payments: ReadonlyArray<CashFlow>, advanceCount = 1): AprTransaction {
  if (advanceCount > 1) return "irregular";
  const middle = payments.slice(1, -1);
  const first = middle[0];
  if (first === undefined) return "regular";
  return middle.every((payment) => payment.amountMinor === first.amountMinor) ? "regular" : "irregular";
}

/** Input of `isAprAccurate`: both rates in percent a year. */
export interface AprAccuracyInput {
  /** The APR as disclosed, in percent (e.g. 7.85). */
  readonly disclosedAprPercent: Decimal;
  /** The Appendix J APR of the transaction, in percent. */
  readonly aprPercent: Decimal;
  readonly transaction: AprTransaction;
}

/**
 * Whether a disclosed APR is accurate: within 1/8 percentage point of the Appendix J APR for a regular transaction,
 * 1/4 point for an irregular one. The boundary is inclusive ("not more than").
 *
 * @see 12 CFR 1026.22(a)(2), (a)(3)
 * @example isAprAccurate({ disclosedAprPercent: dec("10.125"), aprPercent: dec("10"), transaction: "regular" }) // true
 */
export function isAprAccurate(input: AprAccuracyInput): boolean {
  const difference = abs(subtract(input.disclosedAprPercent, input.aprPercent));
  return compare(difference, aprTolerancePercent(input.transaction)) <= 0;
}

/** How far a disclosed finance charge may be under and over the true one, in minor units (null: no limit). */
export interface FinanceChargeTolerance {
  readonly understatedMinor: bigint;
  readonly overstatedMinor: bigint | null;
}

/** Input of `financeChargeTolerance` and `isFinanceChargeAccurate`; amounts in US cents (Regulation Z is in dollars). */
export interface FinanceChargeAccuracyInput {
  /** The finance charge as disclosed, in cents. */
  readonly disclosedFinanceChargeMinor: bigint;
  /** The true finance charge, in cents. */
  readonly financeChargeMinor: bigint;
  /** The amount financed, in cents: it picks the $5 or $10 tolerance. */
  readonly amountFinancedMinor: bigint;
  /** Secured by real property or a dwelling (§ 1026.18(d)(1)); default false. */
  readonly isSecuredByDwelling?: boolean;
}

/**
 * The finance-charge tolerance: for a loan secured by real property or a dwelling, understated by no more than $100
 * and any overstatement is accurate; otherwise ±$5 when the amount financed is $1,000 or less, ±$10 above.
 *
 * @see 12 CFR 1026.18(d)(1)-(2)
 * @example financeChargeTolerance({ amountFinancedMinor: 100_000n, ... }) // { understatedMinor: 500n, overstatedMinor: 500n }
 */
export function financeChargeTolerance(input: FinanceChargeAccuracyInput): FinanceChargeTolerance {
  if (input.isSecuredByDwelling === true) return { understatedMinor: 10_000n, overstatedMinor: null };
  const tolerance = input.amountFinancedMinor <= 100_000n ? 500n : 1_000n;
  return { understatedMinor: tolerance, overstatedMinor: tolerance };
}

/**
 * Whether a disclosed finance charge is accurate under § 1026.18(d): within its tolerance, boundary inclusive.
 *
 * @see 12 CFR 1026.18(d)(1)-(2)
 * @example isFinanceChargeAccurate({ disclosedFinanceChargeMinor: 208_560n, financeChargeMinor: 208_060n, amountFinancedMinor: 980_000n }) // true
 */
export function isFinanceChargeAccurate(input: FinanceChargeAccuracyInput): boolean {
  const tolerance = financeChargeTolerance(input);
  const difference = input.disclosedFinanceChargeMinor - input.financeChargeMinor;
  if (difference < 0n) return -difference <= tolerance.understatedMinor;
  return tolerance.overstatedMinor === null || difference <= tolerance.overstatedMinor;
}
