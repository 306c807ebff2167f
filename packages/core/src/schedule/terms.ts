import type { DayCountConvention, LocalDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import { checkDownPayment, type DownPayment, type DownPaymentInput } from "./down-payment.js";
import { type Frequency, isFrequency } from "./frequency.js";
import { checkCount, checkDates, parseRate, toMinor } from "./term-checks.js";

import type {
  Amortization,
  BrokenPeriodInterest,
  BusinessDayAdjustment,
  InstallmentRounding,
  InterestCalculation,
  InterestMethod,
  LevelPaymentRates,
  MultipleAppliesTo,
} from "./term-options.js";

export type { CalendarFrequency, Frequency } from "./frequency.js";
export { frequencyIntervalDays, isFrequency, maxIntervalDays, maxIntervalWeeks } from "./frequency.js";
export type {
  Amortization,
  BrokenPeriodInterest,
  BusinessDayAdjustment,
  InstallmentRounding,
  InterestCalculation,
  InterestMethod,
  LevelPaymentRates,
  MultipleAppliesTo,
} from "./term-options.js";

import { type Decimal, getCurrency, type RoundingMode, roundingModes } from "../money/index.js";

/**
 * The validated input to every schedule and to pricing: plain, immutable data. Build it with
 * `validateScheduleTerms`; the servicing engine and the products module share this contract.
 *
 * Money is in the currency's minor unit (cents for USD); `annualRatePercent` is a percent a year
 * (`7.25` means 7.25 %).
 *
 * @example
 * const terms = unwrap(validateScheduleTerms({
 *   currency: "USD", principalMinor: 20_000_000n, annualRatePercent: "6", disbursementDate: "2026-01-01",
 *   firstPaymentDate: "2026-02-01", numberOfPayments: 360, frequency: "monthly",
 *   interestMethod: "declining-balance", amortization: "equal-installments", interestCalculation: "periodic",
 *   dayCount: "30/360-us", rounding: { installmentMultipleMinor: 1n, mode: "half-up", interestMode: "half-up" },
 * }));
 */
export interface ScheduleTerms {
  /** ISO 4217 code. */
  readonly currency: string;
  /** Amount financed, in minor units; > 0. */
  readonly principalMinor: bigint;
  /** Nominal annual rate in percent, 0 ≤ rate ≤ 1000, at most 10 decimals. */
  readonly annualRatePercent: Decimal;
  readonly disbursementDate: LocalDate;
  /** Unadjusted first due date; later due dates follow it by `frequency`. */
  readonly firstPaymentDate: LocalDate;
  /** Number of installments, 1..2000. */
  readonly numberOfPayments: number;
  readonly frequency: Frequency;
  readonly interestMethod: InterestMethod;
  readonly amortization: Amortization;
  readonly interestCalculation: InterestCalculation;
  /** Day count for odd days (periodic) or every period (daily). */
  readonly dayCount: DayCountConvention;
  /** Principal left for the last installment of an annuity, in minor units; 0 ≤ balloon < principal. */
  readonly balloonMinor?: bigint;
  /** Leading installments that pay no principal (interest only). */
  readonly principalGracePeriods?: number;
  /**
   * Leading installments that pay no interest either; the interest they accrue is deferred (never capitalized)
   * and collected with the first installment after them. At most `principalGracePeriods`.
   */
  readonly interestGracePeriods?: number;
  readonly rounding: InstallmentRounding;
  readonly businessDays?: BusinessDayAdjustment;
  /** A fee due with every installment, in minor units; not part of the balance. */
  readonly feesPerInstallmentMinor?: bigint;
  /** How the level payment is solved; default `regular`. */
  readonly levelPaymentRates?: LevelPaymentRates;
  /** Re-pick the level payment so the last installment is as close as possible to it; default false. */
  readonly isLastInstallmentAdjusted?: boolean;
  /** How an odd first period's leftover days earn interest (periodic interest only); default `day-count`. */
  readonly brokenPeriodInterest?: BrokenPeriodInterest;
  /** A first installment due on the disbursement date; the other installments amortize the rest. */
  readonly downPayment?: DownPayment;
}

/** Unvalidated terms as they arrive (rates and dates still strings, amounts possibly numbers). */
export interface ScheduleTermsInput {
  readonly currency: string;
  readonly principalMinor: bigint | number;
  readonly annualRatePercent: string | Decimal;
  readonly disbursementDate: string;
  readonly firstPaymentDate: string;
  readonly numberOfPayments: number;
  readonly frequency: Frequency;
  readonly interestMethod: InterestMethod;
  readonly amortization: Amortization;
  readonly interestCalculation: InterestCalculation;
  readonly dayCount: DayCountConvention;
  readonly balloonMinor?: bigint | number;
  readonly principalGracePeriods?: number;
  readonly interestGracePeriods?: number;
  readonly rounding: {
    readonly installmentMultipleMinor: bigint | number;
    readonly mode: RoundingMode;
    readonly interestMode: RoundingMode;
    readonly multipleAppliesTo?: MultipleAppliesTo;
  };
  readonly businessDays?: BusinessDayAdjustment;
  readonly feesPerInstallmentMinor?: bigint | number;
  readonly levelPaymentRates?: LevelPaymentRates;
  readonly isLastInstallmentAdjusted?: boolean;
  readonly brokenPeriodInterest?: BrokenPeriodInterest;
  readonly downPayment?: DownPaymentInput;
}

/** Largest number of installments accepted (weekly for 38 years). */
export const maxNumberOfPayments = 2000;
export { maxAnnualRatePercent, maxRateDecimals } from "./term-checks.js";

function checkStructure(input: ScheduleTermsInput): Result<true> {
  const n = input.numberOfPayments;
  if (!Number.isSafeInteger(n) || n < 1 || n > maxNumberOfPayments) {
    return fail("invalid_term", `numberOfPayments must be a whole number from 1 to ${maxNumberOfPayments}`, [
      "numberOfPayments",
    ]);
  }
  if (!isFrequency(input.frequency)) {
    return fail("invalid_term", `unknown frequency "${String(input.frequency)}"`, ["frequency"]);
  }
  if (!roundingModes.includes(input.rounding.mode) || !roundingModes.includes(input.rounding.interestMode)) {
    return fail("invalid_term", "unknown rounding mode", ["rounding"]);
  }
  if (input.interestMethod === "flat" && input.amortization !== "equal-installments") {
    return fail("unsupported_combination", "flat interest is repaid in equal installments only", ["amortization"]);
  }
  if (input.balloonMinor !== undefined && input.amortization !== "equal-installments") {
    return fail("unsupported_combination", "a balloon applies to equal installments only", ["balloonMinor"]);
  }
  if (input.balloonMinor !== undefined && input.interestMethod === "flat") {
    return fail("unsupported_combination", "a balloon cannot be combined with flat interest", ["balloonMinor"]);
  }
  const brokenPeriod = input.brokenPeriodInterest ?? "day-count";
  if (brokenPeriod !== "day-count" && brokenPeriod !== "actual-days-of-period") {
    return fail("invalid_term", `unknown brokenPeriodInterest "${String(brokenPeriod)}"`, ["brokenPeriodInterest"]);
  }
  if (brokenPeriod !== "day-count" && input.interestCalculation !== "periodic") {
    return fail("unsupported_combination", "brokenPeriodInterest applies to periodic interest only", [
      "brokenPeriodInterest",
    ]);
  }
  return ok(true);
}

function checkAmounts(input: ScheduleTermsInput): Result<{ principal: bigint; balloon: bigint; fee: bigint }> {
  const principal = toMinor(input.principalMinor);
  if (principal === undefined || principal <= 0n) {
    return fail("invalid_amount", "principalMinor must be a positive whole number of minor units", ["principalMinor"]);
  }
  const balloon = toMinor(input.balloonMinor ?? 0n);
  if (balloon === undefined || balloon < 0n || balloon >= principal) {
    return fail("invalid_amount", "balloonMinor must be at least 0 and less than the principal", ["balloonMinor"]);
  }
  const fee = toMinor(input.feesPerInstallmentMinor ?? 0n);
  if (fee === undefined || fee < 0n) {
    return fail("invalid_amount", "feesPerInstallmentMinor must be a whole number ≥ 0", ["feesPerInstallmentMinor"]);
  }
  const multiple = toMinor(input.rounding.installmentMultipleMinor);
  if (multiple === undefined || multiple < 1n) {
    return fail("invalid_amount", "installmentMultipleMinor must be a whole number ≥ 1", [
      "rounding",
      "installmentMultipleMinor",
    ]);
  }
  return ok({ principal, balloon, fee });
}

/**
 * Checks raw terms and returns the immutable `ScheduleTerms`, or the first problem as a specific code:
 * `invalid_amount`, `invalid_term`, `invalid_rate`, `invalid_date`, `first_payment_before_disbursement`,
 * `unsupported_combination` or `unknown_currency`.
 *
 * @example
 * validateScheduleTerms({ ...input, numberOfPayments: 0 }) // fail("invalid_term", …)
 */
export function validateScheduleTerms(input: ScheduleTermsInput): Result<ScheduleTerms> {
  const currency = getCurrency(input.currency, ["currency"]);
  if (!currency.ok) return currency;
  const amounts = checkAmounts(input);
  if (!amounts.ok) return amounts;
  const structure = checkStructure(input);
  if (!structure.ok) return structure;
  const rate = parseRate(input.annualRatePercent);
  if (!rate.ok) return rate;
  const dates = checkDates(input);
  if (!dates.ok) return dates;
  const { disbursed, first } = dates.value;
  const principalGrace = checkCount(input.principalGracePeriods, "principalGracePeriods", input.numberOfPayments - 1);
  if (!principalGrace.ok) return principalGrace;
  const interestGrace = checkCount(input.interestGracePeriods, "interestGracePeriods", principalGrace.value);
  if (!interestGrace.ok) return interestGrace;
  const { principal, balloon, fee } = amounts.value;
  const down = checkDownPayment(input.downPayment, {
    principalMinor: principal,
    balloonMinor: balloon,
    numberOfPayments: input.numberOfPayments,
    principalGracePeriods: principalGrace.value,
  });
  if (!down.ok) return down;
  return ok(
    Object.freeze({
      currency: currency.value.code,
      principalMinor: principal,
      annualRatePercent: rate.value,
      disbursementDate: disbursed,
      firstPaymentDate: first,
      numberOfPayments: input.numberOfPayments,
      frequency: input.frequency,
      interestMethod: input.interestMethod,
      amortization: input.amortization,
      interestCalculation: input.interestCalculation,
      dayCount: input.dayCount,
      ...(balloon > 0n ? { balloonMinor: balloon } : {}),
      ...(principalGrace.value > 0 ? { principalGracePeriods: principalGrace.value } : {}),
      ...(interestGrace.value > 0 ? { interestGracePeriods: interestGrace.value } : {}),
      rounding: Object.freeze({
        installmentMultipleMinor: toMinor(input.rounding.installmentMultipleMinor) ?? 1n,
        mode: input.rounding.mode,
        interestMode: input.rounding.interestMode,
        ...(input.rounding.multipleAppliesTo === "level-installments"
          ? { multipleAppliesTo: input.rounding.multipleAppliesTo }
          : {}),
      }),
      ...(input.businessDays ? { businessDays: input.businessDays } : {}),
      ...(fee > 0n ? { feesPerInstallmentMinor: fee } : {}),
      ...(input.levelPaymentRates === "actual" ? { levelPaymentRates: input.levelPaymentRates } : {}),
      ...(input.isLastInstallmentAdjusted === true ? { isLastInstallmentAdjusted: true } : {}),
      ...(down.value === undefined ? {} : { downPayment: down.value }),
      ...(input.brokenPeriodInterest === "actual-days-of-period"
        ? { brokenPeriodInterest: input.brokenPeriodInterest }
        : {}),
    }),
  );
}
