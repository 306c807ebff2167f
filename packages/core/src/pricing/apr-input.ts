import type { LocalDate } from "../calendar/index.js";
import type { UnitPeriod } from "./unit-period.js";

/** An amount on a date: an advance to the borrower or a payment by the borrower, in minor units (> 0). */
export interface CashFlow {
  readonly amountMinor: bigint;
  readonly date: LocalDate;
}

/**
 * How the APR treats an odd first period: `exact` counts it as it is (fractional unit periods, Appendix J (b)(5));
 * `disregard` treats it as regular, which § 1026.17(c)(4) allows only within its tolerances.
 *
 * @example const mode: OddFirstPeriodMode = "disregard";
 */
export type OddFirstPeriodMode = "exact" | "disregard";

/** Input of `computeApr`. */
export interface AprInput {
  /** Advances, the first at the start of the term (consummation). */
  readonly advances: ReadonlyArray<CashFlow>;
  /** Payments in any order. */
  readonly payments: ReadonlyArray<CashFlow>;
  /** Overrides the unit period that Appendix J (b)(4) would choose. */
  readonly unitPeriod?: UnitPeriod;
  /** `exact` (default) or `disregard` an odd first period within the § 1026.17(c)(4) tolerances. */
  readonly oddFirstPeriod?: OddFirstPeriodMode;
}
