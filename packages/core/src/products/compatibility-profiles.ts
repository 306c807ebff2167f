/**
 * Compatibility profiles: the product options that together reproduce another core's schedules and servicing, so a
 * book migrated from it reconciles. A profile only fills in what the product leaves out: every field the product
 * sets itself wins (nested sections field by field).
 */

/** The profiles, named after the system each mirrors. @example const p: CompatibilityProfile = "fineract"; */
export const compatibilityProfiles = ["fineract", "mambu"] as const;
/** @example const p: CompatibilityProfile = "mambu"; */
export type CompatibilityProfile = (typeof compatibilityProfiles)[number];

type Settings = Readonly<Record<string, unknown>>;

/**
 * What each profile sets, in the product definition's own JSON shape.
 *
 * `fineract` — Apache Fineract's cumulative loan schedule for a declining-balance, equal-installment product with
 * "interest calculation period: same as repayment period", 30 days in a month and 360 in a year: interest per
 * period is the rate over the periods in a year (`periodic`, 30/360); amounts are rounded by Fineract's default
 * rounding mode, HALF_EVEN (global configuration `rounding-mode` = 6), and the last installment takes the remainder;
 * payments settle penalties, fees, interest, then principal, installment by installment ("Penalties, Fees,
 * Interest, Principal order", the default transaction processing strategy); without interest recalculation an
 * advance payment settles the next installments and leaves the schedule as it was (`hold-as-credit`, pay-ahead);
 * a percent overdue charge of "% Amount" is taken of the overdue principal, after the `penalty-wait-period` of 2
 * days; a pre-closure charges interest to the pre-close date ("till pre-close date").
 * Sources: Fineract API reference (apiLive.htm, loan products: `daysInMonthType`, `daysInYearType`,
 * `interestCalculationPeriodType`, `transactionProcessingStrategyCode`, `rescheduleStrategyMethod`,
 * `preClosureInterestCalculationStrategy`; charges: `chargeCalculationType` 2 = "% Amount"); the
 * `LoanRescheduleStrategyMethod` and `DaysInYearType` enums of apache/fineract.
 *
 * `mambu` — Mambu's "Declining Balance (Equal Installments)": interest accrued daily on the balance (`daily`) over
 * a year of 365 days ("Days in year: Actual/365 Fixed", the setting of Mambu's worked examples); "round remainder
 * into last repayment" (the last installment takes the rounding remainder) with amounts rounded to the currency's
 * decimals (half-up assumed: Mambu's documentation states the precision, not the mode); prepayment recalculation
 * "recalculate the schedule, keep the same number of terms" (`reduce-installment`); a late fee taken of the
 * overdue principal and interest (penalty calculation method `OVERDUE_BALANCE_AND_INTEREST`). Mambu sets the payment
 * allocation order and method (`HORIZONTAL`/`VERTICAL`) per product with no documented default, so the profile leaves
 * `paymentAllocation` to the product.
 * Sources: docs.mambu.com — "Interest Calculation Methods in Loans", "Prepayment Recalculation Methods",
 * "Truncating and rounding interest"; API v2 loan product schemas `RoundingSettings`, `ProductPenaltySettings`,
 * `PaymentSettings`.
 *
 * @example compatibilityProfileSettings.fineract.dayCount === "30/360-us"
 */
export const compatibilityProfileSettings: Readonly<Record<CompatibilityProfile, Settings>> = {
  fineract: {
    interestMethod: "declining-balance",
    amortization: "equal-installments",
    interestCalculation: "periodic",
    dayCount: "30/360-us",
    rounding: { mode: "half-even", installmentMultiple: 1, isLastInstallmentAdjusted: false },
    paymentAllocation: { order: ["penalties", "fees", "interest", "principal"], strategy: "vertical" },
    overpayment: "hold-as-credit",
    latePayment: { graceDays: 2, lateFeeBase: "principal", lateFeeAssessment: "day-after-grace" },
    payoffInterest: "to-payoff-date",
  },
  mambu: {
    interestMethod: "declining-balance",
    amortization: "equal-installments",
    interestCalculation: "daily",
    dayCount: "actual/365-fixed",
    rounding: { mode: "half-up", installmentMultiple: 1, isLastInstallmentAdjusted: false },
    overpayment: "apply-to-principal",
    prepayment: "reduce-installment",
    latePayment: { lateFeeBase: "principal-and-interest" },
    payoffInterest: "to-payoff-date",
  },
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A product definition (unparsed JSON) with its `compatibilityProfile`'s settings filled in under the fields it sets
 * itself; the input unchanged when it names no profile or one that does not exist (the schema reports that).
 *
 * @example withCompatibilityProfile({ compatibilityProfile: "fineract", dayCount: "actual/360" }).dayCount === "actual/360"
 */
export function withCompatibilityProfile(input: Record<string, unknown>): Record<string, unknown> {
  const name = input.compatibilityProfile;
  if (!(compatibilityProfiles as ReadonlyArray<unknown>).includes(name)) return input;
  const settings = compatibilityProfileSettings[name as CompatibilityProfile];
  const merged: Record<string, unknown> = { ...settings, ...input };
  for (const [key, value] of Object.entries(settings)) {
    const own = input[key];
    if (isRecord(value) && isRecord(own)) merged[key] = { ...value, ...own };
  }
  return merged;
}
