import type { BusinessCalendar, BusinessDayConvention } from "../calendar/index.js";
import type { RoundingMode } from "../money/index.js";

// The named options of schedule terms (their meaning; `terms.ts` holds the terms and their validation).

/** `declining-balance`: interest on the outstanding balance; `flat`: interest on the original principal for the term. */
export type InterestMethod = "declining-balance" | "flat";

/**
 * `equal-installments`: level payment (annuity / EMI); `equal-principal`: level principal, falling interest;
 * `interest-only`: interest each period and the whole principal as a balloon with the last installment.
 */
export type Amortization = "equal-installments" | "equal-principal" | "interest-only";

/**
 * `periodic`: a regular period earns annual rate / periods per year whatever its length in days (an odd first
 * period is counted in whole periods plus leftover days by `dayCount`); `daily`: every period earns
 * annual rate × the `dayCount` year fraction of its actual dates.
 */
export type InterestCalculation = "periodic" | "daily";

/** Installment rounding: the regular installment is rounded to a multiple; the last installment settles the rest. */
export interface InstallmentRounding {
  /** 1n = to the minor unit (cent), 100n = whole dollars for USD. */
  readonly installmentMultipleMinor: bigint;
  /** How the regular installment is rounded to the multiple. */
  readonly mode: RoundingMode;
  /** How each period's exact interest is rounded (once) to the minor unit. */
  readonly interestMode: RoundingMode;
  /** `all` (default): the multiple also rounds equal-principal's principal; `level-installments`: it does not. */
  readonly multipleAppliesTo?: MultipleAppliesTo;
}

/** Which amortizations the installment multiple rounds (see `InstallmentRounding.multipleAppliesTo`). */
export type MultipleAppliesTo = "all" | "level-installments";

/**
 * How the level payment is solved. `regular` (default): from annual rate / periods a year (and the first period's
 * own rate); `actual`: from each period's own rate, so with daily interest each period's actual days count.
 */
export type LevelPaymentRates = "regular" | "actual";

/** Due dates that fall on a non-business day are moved by `convention` on `calendar`. */
export interface BusinessDayAdjustment {
  readonly calendar: BusinessCalendar;
  readonly convention: BusinessDayConvention;
}

/**
 * How the interest of an odd (broken) first period's leftover days is counted under periodic interest.
 * `day-count` (default): the leftover days by the terms' day count over its year (under 30/360, 30/360 days
 * over 360); `actual-days-of-period`: the leftover actual days over the actual days of the regular period they
 * fall in (the month, for a monthly schedule), times the periodic rate.
 */
export type BrokenPeriodInterest = "day-count" | "actual-days-of-period";
