import { type LocalDate, parseLocalDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import { type Decimal, decimal, divideRounded, pow10, type RoundingMode } from "../money/index.js";
import { type Frequency, periodsPerYearRatio, unadjustedDueDate } from "../schedule/index.js";
import { aprScale, type CountedFlows, countFlows, solveAprUnits } from "./apr.js";
import { presentValueBounds } from "./discount.js";
import { unitPeriodsPerYear } from "./unit-period.js";

/** Input of `paymentForApr`. */
export interface PaymentForAprInput {
  /** Amount financed, advanced on `advanceDate`, in minor units. */
  readonly amountFinancedMinor: bigint;
  readonly advanceDate: LocalDate;
  readonly firstPaymentDate: LocalDate;
  readonly numberOfPayments: number;
  readonly frequency: Frequency;
  /** Target APR in percent. */
  readonly aprPercent: Decimal;
  /** How the level payment is rounded to the minor unit. */
  readonly mode: RoundingMode;
}

/**
 * The level payment whose Appendix J APR is `aprPercent`: with the unit-period rate i fixed, the equation is linear in
 * the payment, P = amount financed / Σ 1/((1 + f·i)(1 + i)^t), evaluated with 160-bit bounds and rounded once by `mode`.
 *
 * @see 12 CFR 1026 Appendix J (b)(8)
 * @example paymentForApr({ amountFinancedMinor: 20_000_000n, aprPercent: dec("6"), numberOfPayments: 360, … }) // 119_910n
 */
export function paymentForApr(input: PaymentForAprInput): Result<bigint> {
  const firstPayment = parseLocalDate(input.firstPaymentDate, ["firstPaymentDate"]);
  if (!firstPayment.ok) return firstPayment;
  if (!Number.isSafeInteger(input.numberOfPayments) || input.numberOfPayments < 1) {
    return fail("invalid_term", "numberOfPayments must be a whole number ≥ 1", ["numberOfPayments"]);
  }
  if (input.aprPercent.units < 0n) return fail("invalid_rate", "the APR cannot be negative", ["aprPercent"]);
  const payments = Array.from({ length: input.numberOfPayments }, (_, k) => ({
    amountMinor: 1n,
    date: unadjustedDueDate(firstPayment.value, input.frequency, k).date,
  }));
  const counted = countFlows({
    advances: [{ amountMinor: input.amountFinancedMinor, date: input.advanceDate }],
    payments,
  });
  if (!counted.ok) return counted;
  const perYear = unitPeriodsPerYear(counted.value.unitPeriod);
  // i = APR% / (100 × periods per year)
  const rateNumerator = input.aprPercent.units * perYear.denominator;
  const rateDenominator = pow10(input.aprPercent.scale) * 100n * perYear.numerator;
  const unitPayments = counted.value.runs.filter((run) => run.sign > 0);
  const [low, high] = presentValueBounds(unitPayments, rateNumerator, rateDenominator);
  // amount financed × 2^bits / annuity factor; the midpoint of the bounds differs from the exact value by < 2^-150.
  return ok(divideRounded(input.amountFinancedMinor * 2n * (1n << 160n), low + high, input.mode));
}

/** Input of `rateForPayment`: a loan advanced one regular period before its first payment. */
export interface RateForPaymentInput {
  readonly principalMinor: bigint;
  readonly paymentMinor: bigint;
  readonly numberOfPayments: number;
  readonly frequency: Frequency;
}

/**
 * The nominal annual rate (percent, 6 decimals) at which `numberOfPayments` level payments of `paymentMinor` repay
 * `principalMinor` with payments at the end of each regular period: the spreadsheet RATE(n, −payment, principal)
 * × periods per year, proven with exact integer bounds like `computeApr`.
 *
 * @example rateForPayment({ principalMinor: 20_000_000n, paymentMinor: 119_910n, numberOfPayments: 360, frequency: "monthly" }) // 5.999992
 */
export function rateForPayment(input: RateForPaymentInput): Result<Decimal> {
  const n = input.numberOfPayments;
  if (!Number.isSafeInteger(n) || n < 1)
    return fail("invalid_term", "numberOfPayments must be ≥ 1", ["numberOfPayments"]);
  if (input.principalMinor <= 0n || input.paymentMinor <= 0n) {
    return fail("invalid_amount", "principal and payment must be positive", ["paymentMinor"]);
  }
  if (input.paymentMinor * BigInt(n) < input.principalMinor) {
    return fail("apr_not_computable", "the payments do not repay the principal at any non-negative rate", [
      "paymentMinor",
    ]);
  }
  const perYear = periodsPerYearRatio(input.frequency);
  const counted: CountedFlows = {
    runs: [
      { sign: -1, amountMinor: input.principalMinor, first: 0, count: 1, fractionNumerator: 0, fractionDenominator: 1 },
      { sign: 1, amountMinor: input.paymentMinor, first: 1, count: n, fractionNumerator: 0, fractionDenominator: 1 },
    ],
    unitPeriod: { unit: "day", count: 1 }, // not used by the solver; periods per year below is what matters
    perYear,
    paymentsTotal: input.paymentMinor * BigInt(n),
    advancesTotal: input.principalMinor,
  };
  return ok(decimal(solveAprUnits(counted), aprScale));
}
