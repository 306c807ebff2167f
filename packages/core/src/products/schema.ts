import { z } from "zod";
import { maxAmount } from "../money/index.js";
import { isFrequency, maxIntervalDays, maxIntervalWeeks } from "../schedule/index.js";
import { compatibilityProfiles } from "./compatibility-profiles.js";
import { defaultDelinquencyBuckets } from "./delinquency.js";
import { downPaymentSchema } from "./down-payment-schema.js";
import { creditReportingSchema } from "./metro2-classification.js";
import { originationSchema } from "./origination-settings.js";
import { roundingSchema } from "./rounding-schema.js";
import {
  allocationBuckets,
  allocationStrategies,
  amortizations,
  businessDayConventions,
  dayCountConventions,
  feeBases,
  feeTreatments,
  frequencies,
  interestCalculations,
  interestMethods,
  overpaymentHandlings,
  prepaymentHandlings,
  productTypes,
} from "./vocabulary.js";

// The wire and storage shape of a loan product (DESIGN.md, "The API's conventions"): money is an integer
// number of the currency's minor unit, rates are decimal strings of percent a year, names are camelCase.
// This schema checks structure only; `validateProductDefinition` adds the cross-field rules.

/** Whole minor units (cents for USD), at least `min`, at most the API's ceiling (`maxAmount`, 10^13). */
const minorUnits = (min = 0) => z.int().min(min).max(maxAmount);
const currencyCode = z
  .string()
  .length(3)
  .regex(/^[A-Z]{3}$/, { error: "expected a three-letter upper-case ISO 4217 code" })
  .describe("ISO 4217 currency code, e.g. USD");
const ratePercent = z
  .string()
  .max(10)
  .regex(/^\d{1,3}(\.\d{1,6})?$/, { error: 'expected a plain decimal string with at most 6 decimals, e.g. "7.25"' });
/** A whole count, `min` to `max`. */
const count = (min = 0, max = 10_000) => z.int().min(min).max(max);

const currenciesSchema = z
  .strictObject({
    allowed: z.array(currencyCode).min(1).max(50).describe("ISO 4217 codes a loan of this product may be made in"),
    default: currencyCode.describe("ISO 4217 code used when a request names none; must be in `allowed`"),
  })
  .describe("Currencies; every amount in the product is in the minor unit of these currencies");

const amountLimitsSchema = z
  .strictObject({
    min: minorUnits(1).describe("Smallest principal, integer minor units (cents for USD)"),
    max: minorUnits(1).describe("Largest principal, integer minor units (cents for USD)"),
  })
  .describe("Principal limits in minor units");

const termLimitsSchema = z
  .strictObject({
    minPayments: count(1).describe("Fewest installments, a count"),
    maxPayments: count(1).describe("Most installments, a count"),
    defaultPayments: count(1).describe("Installments when a request names none, a count"),
  })
  .describe("Term limits as a number of installments");

/**
 * A frequency: a calendar one (`frequencies`), `every-N-days` (N 1..366, e.g. `every-14-days`, `every-28-days`) or
 * `every-N-weeks` (N 1..52). Interval frequencies count 365/N or 52/N periods a year (Appendix J (b)(4)).
 *
 * @example frequencySchema.parse("every-15-days")
 */
export const frequencySchema = z
  .union([
    z.enum(frequencies),
    z
      .templateLiteral(["every-", z.int().min(1).max(maxIntervalDays), "-days"])
      .meta({ maxLength: 14, pattern: "^every-[1-9][0-9]{0,2}-days$", description: "N from 1 to 366" }),
    z
      .templateLiteral(["every-", z.int().min(1).max(maxIntervalWeeks), "-weeks"])
      .meta({ maxLength: 14, pattern: "^every-[1-9][0-9]?-weeks$", description: "N from 1 to 52" }),
  ])
  .refine(isFrequency, { message: "every-N-days takes N from 1 to 366, every-N-weeks N from 1 to 52" });

const repaymentSchema = z
  .strictObject({
    defaultFrequency: frequencySchema.describe("Installment frequency when a request names none"),
    allowedFrequencies: z.array(frequencySchema).min(1).max(16).describe("Installment frequencies a loan may use"),
  })
  .describe("Repayment frequency");

const rateLimitsSchema = z
  .strictObject({
    minPercent: ratePercent.describe('Lowest nominal annual rate, percent a year as a decimal string ("7.99")'),
    maxPercent: ratePercent.describe('Highest nominal annual rate, percent a year as a decimal string ("35.99")'),
    defaultPercent: ratePercent.describe("Rate when a request names none, percent a year as a decimal string"),
  })
  .describe("Nominal annual interest rate limits, percent a year");

const graceSchema = z
  .strictObject({
    principalPeriods: count().default(0).describe("Leading installments in which no principal is due, a count"),
    interestPeriods: count().default(0).describe("Leading installments in which no interest is due, a count"),
  })
  .describe("Grace periods at the start of the loan, in installments");

const flatFeeSchema = z.strictObject({
  type: z.literal("flat").describe("A fixed amount"),
  amount: minorUnits().describe("Fee amount, integer minor units"),
});

const percentFeeSchema = z.strictObject({
  type: z.literal("percent").describe("A percent of `base`"),
  percent: ratePercent.describe('Percent of the base as a decimal string, 0 to 100 ("5" is 5%)'),
  base: z.enum(feeBases).describe("What the percent is taken of"),
  min: minorUnits().optional().describe("Lower cap on the fee, integer minor units"),
  max: minorUnits().optional().describe("Upper cap on the fee, integer minor units"),
});

/** A flat amount or a percent of a base with optional caps. */
const feeSchema = z.discriminatedUnion("type", [flatFeeSchema, percentFeeSchema]);

const treatment = z
  .enum(feeTreatments)
  .describe("financed: added to principal; deducted: taken from the amount disbursed; prepaid: paid at closing");
const originationFeeSchema = z
  .discriminatedUnion("type", [flatFeeSchema.extend({ treatment }), percentFeeSchema.extend({ treatment })])
  .describe("Origination or disbursement fee, charged once at disbursement");

/** The fees a product may charge, one optional key per fee; `checkFees` walks these keys. */
export const feesSchema = z
  .strictObject({
    origination: originationFeeSchema.optional(),
    late: feeSchema.optional().describe("Charged once per installment that stays unpaid past the late-fee grace days"),
    nsf: feeSchema.optional().describe("Charged when a payment is returned (non-sufficient funds)"),
    prepayment: feeSchema.optional().describe("Charged on a prepayment of principal ahead of schedule"),
  })
  .describe("Fees; omit a fee the product does not charge");

const latePaymentSchema = z
  .strictObject({
    graceDays: count(0, 365).default(0).describe("Calendar days after a due date before the late fee is charged"),
    penaltyRatePercent: ratePercent
      .optional()
      .describe("Extra interest on overdue amounts, percent a year as a decimal string; omit for none"),
    lateFeeBase: z
      .enum(["principal", "principal-and-interest", "overdue-amount"])
      .optional()
      .describe(
        "What a percent late fee is taken of: the late installment's unpaid principal, its unpaid principal and " +
          "interest (default), or the whole overdue amount (all overdue installments, fees and penalties)",
      ),
    lateFeeAssessment: z
      .enum(["day-after-grace", "last-grace-day"])
      .optional()
      .describe("The late fee's date: the day after the grace days (default) or the last grace day, at its end"),
  })
  .describe("Late-payment penalties");

const paymentAllocationSchema = z
  .strictObject({
    order: z
      .array(z.enum(allocationBuckets))
      .max(allocationBuckets.length)
      .default(["penalties", "fees", "interest", "principal"])
      .describe("Buckets a payment settles, first to last; each bucket exactly once"),
    strategy: z
      .enum(allocationStrategies)
      .default("vertical")
      .describe(
        "vertical: oldest installment first across all buckets; horizontal: bucket by bucket across installments",
      ),
  })
  .describe("Payment allocation waterfall");

const delinquencyBucketSchema = z.strictObject({
  name: z.string().min(1).max(40).describe("Bucket label, e.g. 1-30"),
  minDaysPastDue: count().describe("First day past due in this bucket, days"),
  maxDaysPastDue: count().optional().describe("Last day past due in this bucket, days; omit on the last, open bucket"),
});

const delinquencySchema = z
  .strictObject({
    buckets: z
      .array(delinquencyBucketSchema)
      .min(1)
      .max(20)
      .default(() => [...defaultDelinquencyBuckets])
      .describe("Days-past-due buckets, ordered, contiguous from 0, the last one open"),
    nonPerformingAfterDays: count(1)
      .default(90)
      .describe("A loan is non-performing once more than this many days past due (Basel: 90)"),
  })
  .describe("Delinquency classification by days past due");
/**
 * The loan product a lender configures, as JSON (wire and storage shape). The single source of truth
 * for products: the server's request bodies and OpenAPI document are built from it. Structure only —
 * call `validateProductDefinition` for the cross-field rules.
 *
 * @example
 * const parsed = productDefinitionSchema.safeParse(JSON.parse(body));
 */
export const productDefinitionSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120).describe("Product name shown to operators"),
    description: z.string().max(2000).default("").describe("Free text for operators"),
    currencies: currenciesSchema,
    amountLimits: amountLimitsSchema,
    termLimits: termLimitsSchema,
    repayment: repaymentSchema.default({ defaultFrequency: "monthly", allowedFrequencies: ["monthly"] }),
    interestMethod: z.enum(interestMethods).default("declining-balance").describe("How interest accrues"),
    amortization: z.enum(amortizations).default("equal-installments").describe("How principal is repaid"),
    interestCalculation: z.enum(interestCalculations).default("periodic").describe("Per-period or per-day interest"),
    dayCount: z
      .enum(dayCountConventions)
      .default("actual/365-fixed")
      .describe("Day-count convention for daily and odd-period interest"),
    brokenPeriodInterest: z
      .enum(["day-count", "actual-days-of-period"])
      .optional()
      .describe(
        "Periodic interest of an odd first period's leftover days: day-count (default: by the day count over its " +
          "year, e.g. days/360) or actual-days-of-period (actual days over the actual days of that month or period)",
      ),
    compatibilityProfile: z
      .enum(compatibilityProfiles)
      .optional()
      .describe(
        "Fills in the options that mirror another core (fineract, mambu; see compatibility-profiles.ts); " +
          "fields the product sets itself win",
      ),
    rateLimits: rateLimitsSchema,
    downPayment: downPaymentSchema.optional(),
    grace: graceSchema.default({ principalPeriods: 0, interestPeriods: 0 }),
    fees: feesSchema.default({}),
    latePayment: latePaymentSchema.default({ graceDays: 0 }),
    paymentAllocation: paymentAllocationSchema.default({
      order: ["penalties", "fees", "interest", "principal"],
      strategy: "vertical",
    }),
    overpayment: z
      .enum(overpaymentHandlings)
      .default("apply-to-principal")
      .describe("Where money paid beyond what is due goes"),
    maxCreditBalance: minorUnits()
      .default(0)
      .describe(
        "Largest credit balance (money paid beyond everything owed, held for the borrower) a payment may leave, " +
          "integer minor units of the loan's currency; a payment beyond it is refused with " +
          "credit_balance_exceeds_limit. Default 0: an overpayment is a liability the lender must return, so " +
          "accepting one is the product's choice",
      ),
    prepayment: z
      .enum(prepaymentHandlings)
      .default("reduce-term")
      .describe("Effect of a partial prepayment on the schedule"),
    prepaymentChoices: z
      .array(z.enum(prepaymentHandlings))
      .max(3)
      .optional()
      .describe("Prepayment handlings a payment may choose with its own `prepayment` field; default none"),
    payoffInterest: z
      .enum(["to-payoff-date", "to-period-end"])
      .optional()
      .describe("Payoff interest: accrued to the payoff date (default) or the whole current period's"),
    flatReschedule: z
      .enum(["flat", "declining-balance"])
      .optional()
      .describe(
        "Flat-interest products, on a reschedule: flat (the default: a new flat charge on the new terms, at the " +
          "reschedule's rate or the loan's current one) or declining-balance (level installments, interest accruing " +
          "on the balance); a loan records the choice when it is boarded",
      ),
    rounding: roundingSchema.default({ installmentMultiple: 1, mode: "half-up" }),
    businessDayAdjustment: z
      .enum(businessDayConventions)
      .default("none")
      .describe("How a due date on a non-business day moves"),
    delinquency: delinquencySchema.default({
      buckets: [...defaultDelinquencyBuckets],
      nonPerformingAfterDays: 90,
    }),
    origination: originationSchema.optional(),
    productType: z
      .enum(productTypes)
      .optional()
      .describe("The kind of credit: a `mortgage` stays SCRA-capped one year after active duty (50 U.S.C. § 3937)"),
    creditReporting: creditReportingSchema.optional(),
  })
  .describe("A loan product definition");

/** A product after parsing: every default filled in. @example const p: ProductDefinition = demoProducts[0]!; */
export type ProductDefinition = z.output<typeof productDefinitionSchema>;
/** What a lender sends: fields with defaults may be omitted. @example const p: ProductDefinitionInput = { ... }; */
export type ProductDefinitionInput = z.input<typeof productDefinitionSchema>;
/** A fee amount rule. @example const f: Fee = { type: "flat", amount: 2500 }; */
export type Fee = z.output<typeof feeSchema>;
/** The origination fee rule. @example const f: OriginationFee = { type: "flat", amount: 0, treatment: "deducted" }; */
export type OriginationFee = z.output<typeof originationFeeSchema>;
