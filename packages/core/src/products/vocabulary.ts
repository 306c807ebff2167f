import type { BusinessDayConvention, DayCountConvention } from "../calendar/index.js";
import type { RoundingMode } from "../money/index.js";
import type {
  Amortization,
  CalendarFrequency,
  Frequency,
  InterestCalculation,
  InterestMethod,
} from "../schedule/index.js";

/**
 * The fixed word lists a product definition is written in. Each list is an `as const` tuple (the zod
 * and OpenAPI enums are built from it). Where the schedule, calendar or money module owns the word,
 * its type is imported and the tuple is checked below to list exactly that type's members.
 */

export type {
  Amortization,
  BusinessDayConvention,
  CalendarFrequency,
  DayCountConvention,
  Frequency,
  InterestCalculation,
  InterestMethod,
};

/** True when the tuple names every member of the union (and, by `satisfies`, nothing else). */
type Covers<List extends ReadonlyArray<unknown>, Union> = [Union] extends [List[number]] ? true : false;

/**
 * The named calendar frequencies. `semi-monthly` is twice a month (e.g. the 1st and the 16th). A frequency may also
 * be a fixed interval, `every-N-days` or `every-N-weeks` (`frequencySchema`).
 *
 * @example const f: Frequency = "monthly";
 */
export const frequencies = [
  "weekly",
  "biweekly",
  "semi-monthly",
  "monthly",
  "quarterly",
  "yearly",
] as const satisfies ReadonlyArray<CalendarFrequency>;

/**
 * `declining-balance`: interest on the principal still outstanding; `flat`: interest on the original
 * principal for every period.
 *
 * @example const m: InterestMethod = "flat";
 */
export const interestMethods = ["declining-balance", "flat"] as const satisfies ReadonlyArray<InterestMethod>;

/**
 * `equal-installments`: level payment (annuity/EMI); `equal-principal`: the same principal each
 * period plus interest; `interest-only`: interest each period, the whole principal as a balloon at the end.
 *
 * @example const a: Amortization = "interest-only";
 */
export const amortizations = [
  "equal-installments",
  "equal-principal",
  "interest-only",
] as const satisfies ReadonlyArray<Amortization>;

/**
 * `periodic`: annual rate ÷ periods per year for each regular period; `daily`: annual rate × the
 * day-count fraction of the period's actual dates.
 *
 * @example const c: InterestCalculation = "daily";
 */
export const interestCalculations = ["periodic", "daily"] as const satisfies ReadonlyArray<InterestCalculation>;

/**
 * Day-count conventions (ISDA 2006 Definitions § 4.16): Actual/Actual (ISDA), Actual/365 (Fixed),
 * Actual/360, 30/360 (US bond basis) and 30E/360 (Eurobond basis).
 *
 * @example const d: DayCountConvention = "30/360-us";
 */
export const dayCountConventions = [
  "actual/actual-isda",
  "actual/365-fixed",
  "actual/360",
  "30/360-us",
  "30e/360",
  "actual/364",
] as const;

/**
 * How a due date that falls on a non-business day moves (ISDA 2006 § 4.12).
 *
 * @example const b: BusinessDayConvention = "modified-following";
 */
export const businessDayConventions = [
  "none",
  "following",
  "modified-following",
  "preceding",
] as const satisfies ReadonlyArray<BusinessDayConvention>;

/**
 * Rounding modes a product may choose for its amounts (a subset of money's `RoundingMode`).
 *
 * @example const r: ProductRoundingMode = "half-even";
 */
export const productRoundingModes = [
  "half-even",
  "half-up",
  "down",
  "up",
] as const satisfies ReadonlyArray<RoundingMode>;
/** @example const r: ProductRoundingMode = "half-up"; */
export type ProductRoundingMode = (typeof productRoundingModes)[number];

/**
 * The balances a payment is allocated across.
 *
 * @example const b: AllocationBucket = "interest";
 */
export const allocationBuckets = ["penalties", "fees", "interest", "principal"] as const;
/** @example const b: AllocationBucket = "principal"; */
export type AllocationBucket = (typeof allocationBuckets)[number];

/**
 * `vertical`: settle the oldest installment fully (every bucket) before the next; `horizontal`: settle
 * each bucket across all due installments before the next bucket.
 *
 * @example const s: AllocationStrategy = "vertical";
 */
export const allocationStrategies = ["vertical", "horizontal"] as const;
/** @example const s: AllocationStrategy = "horizontal"; */
export type AllocationStrategy = (typeof allocationStrategies)[number];

/**
 * What happens to money paid beyond what is due.
 *
 * @example const o: OverpaymentHandling = "hold-as-credit";
 */
export const overpaymentHandlings = ["apply-to-principal", "hold-as-credit", "refund"] as const;
/** @example const o: OverpaymentHandling = "refund"; */
export type OverpaymentHandling = (typeof overpaymentHandlings)[number];

/**
 * After a partial prepayment: keep the installment and finish earlier, or keep the term and lower the installment.
 *
 * @example const p: PrepaymentHandling = "reduce-term";
 */
export const prepaymentHandlings = ["reduce-term", "reduce-installment", "reschedule-next-repayments"] as const;
/** @example const p: PrepaymentHandling = "reduce-installment"; */
export type PrepaymentHandling = (typeof prepaymentHandlings)[number];

/**
 * How an origination fee is paid: `financed` (added to the principal), `deducted` (taken from the amount
 * disbursed), or `prepaid` (paid by the borrower at closing).
 *
 * @example const t: FeeTreatment = "deducted";
 */
export const feeTreatments = ["financed", "deducted", "prepaid"] as const;
/** @example const t: FeeTreatment = "financed"; */
export type FeeTreatment = (typeof feeTreatments)[number];

/**
 * What a percent fee is a percent of: the loan `principal`, the scheduled `installment`, the
 * `overdue-amount`, the `outstanding-principal`, or the `prepaid-amount`.
 *
 * @example const b: FeeBase = "principal";
 */
export const feeBases = [
  "principal",
  "installment",
  "overdue-amount",
  "outstanding-principal",
  "prepaid-amount",
] as const;
/** @example const b: FeeBase = "overdue-amount"; */
export type FeeBase = (typeof feeBases)[number];

// Compile-time: each tuple lists every member of the type it mirrors.
true satisfies Covers<typeof frequencies, CalendarFrequency>;
true satisfies Covers<typeof interestMethods, InterestMethod>;
true satisfies Covers<typeof amortizations, Amortization>;
true satisfies Covers<typeof interestCalculations, InterestCalculation>;
true satisfies Covers<typeof dayCountConventions, DayCountConvention>;
true satisfies Covers<typeof businessDayConventions, BusinessDayConvention>;

/**
 * Kinds of credit a product may declare (`productType`), for the rules that depend on it.
 *
 * @example const type: (typeof productTypes)[number] = "mortgage";
 */
export const productTypes = ["mortgage", "auto", "personal", "student", "point-of-sale", "other"] as const;
