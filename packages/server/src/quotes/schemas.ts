import { z } from "@hono/zod-openapi";
import {
  amortizations,
  businessDayConventions,
  dayCountConventions,
  downPaymentSchema,
  feeTreatments,
  frequencySchema,
  interestCalculations,
  interestMethods,
  productRoundingModes,
} from "@lendstack/core/products";
import { businessDate } from "../http/business-date.js";
import { idSchema } from "../http/id-schema.js";
import { amountField, amountSchema, count, currencyField, currencySchema, maxVersion } from "../http/money.js";

// Values are only shape-checked here: amounts, counts, rates, dates and currencies are checked by core, so a bad
// term comes back with core's specific code (zero_amount, invalid_rate, invalid_date …) and a pointer to it.

const date = businessDate;

/** Loan conventions given inline instead of a product. */
export const quoteTermsSchema = z
  .strictObject({
    interestMethod: z.enum(interestMethods).default("declining-balance"),
    amortization: z.enum(amortizations).default("equal-installments"),
    interestCalculation: z
      .enum(interestCalculations)
      .default("periodic")
      .openapi({ description: "periodic: rate / periods a year per period; daily: by the day count" }),
    dayCount: z.enum(dayCountConventions).default("30/360-us"),
    brokenPeriodInterest: z
      .enum(["day-count", "actual-days-of-period"])
      .optional()
      .openapi({
        description:
          "Periodic interest of an odd first period's leftover days: day-count (default, e.g. days/360) or " +
          "actual-days-of-period (actual days over the actual days of that month)",
      }),
    rounding: z
      .strictObject({
        installmentMultiple: amountSchema("Installments are rounded to a multiple of this", {
          min: 1,
          example: 1,
        }).default(1),
        mode: z.enum(productRoundingModes).default("half-up"),
        multipleAppliesTo: z
          .enum(["all", "level-installments"])
          .optional()
          .openapi({ description: "all (default): also equal-principal's principal; level-installments: not it" }),
        levelPaymentRates: z.enum(["regular", "actual"]).optional().openapi({
          description: "regular (default): solve from rate / periods a year; actual: from each period's own rate",
        }),
        isLastInstallmentAdjusted: z
          .boolean()
          .optional()
          .openapi({ description: "Re-pick the level payment so the last installment is closest to it" }),
      })
      .default({ installmentMultiple: 1, mode: "half-up" }),
    grace: z
      .strictObject({
        principalPeriods: count("Leading installments with no principal").default(0),
        interestPeriods: count("Leading installments with no interest").default(0),
      })
      .default({ principalPeriods: 0, interestPeriods: 0 }),
    businessDayAdjustment: z
      .enum(businessDayConventions)
      .default("none")
      .openapi({ description: "How due dates on weekends move (weekends-only calendar)" }),
    downPayment: downPaymentSchema.optional(),
    balloon: amountSchema("Principal left for the last installment", { example: 0 }).optional(),
    feesPerInstallment: amountSchema("A fee due with every installment", { example: 0 }).optional(),
    originationFee: z
      .strictObject({
        amount: amountSchema("Origination fee", { example: 0 }),
        treatment: z.enum(feeTreatments).openapi({
          description:
            "financed: added to the principal; deducted: withheld from the proceeds; prepaid: paid at closing",
        }),
      })
      .optional(),
  })
  .openapi("QuoteTerms", { description: "Loan conventions for a quote without a product" });

/** Body of `POST /v1/quotes`. */
export const quoteRequestSchema = z
  .strictObject({
    productId: idSchema("prd").optional().openapi({ description: "Quote under this product (give this or `terms`)" }),
    productVersion: z
      .int()
      .min(1)
      .max(maxVersion)
      .optional()
      .openapi({ description: "Product version to quote with; default the current one" }),
    terms: quoteTermsSchema.optional(),
    amount: amountSchema("Requested amount (the proceeds before a deducted fee)", { example: 1_000_000 }),
    currency: currencySchema,
    numberOfPayments: count("Installments; default the product's (required with `terms`)", 36).optional(),
    frequency: frequencySchema.optional().openapi({ description: "Default the product's, or monthly" }),
    ratePercent: z
      .string()
      .max(64)
      .optional()
      .openapi({ description: "Nominal annual rate, percent a year as a decimal string", example: "7.99" }),
    disbursementDate: date("Day the loan is advanced (consummation)", "2025-01-15"),
    firstPaymentDate: date("First due date; default one period after disbursement", "2025-02-15").optional(),
    oddFirstPeriod: z
      .enum(["exact", "disregard"])
      .optional()
      .openapi({
        description:
          "exact (default): an odd first period counts as fractional unit periods (Appendix J (b)(5)); disregard: " +
          "treat it as regular, allowed only within 12 CFR 1026.17(c)(4) (term < 1 year: 6 days shorter / 13 longer; " +
          "1 to < 10 years: 11 / 21; 10 years or more: any shorter / 32 longer), else `odd_first_period_out_of_tolerance`",
      }),
    include: z
      .array(z.enum(["aprc"]))
      .max(4)
      .optional()
      .openapi({ description: "Optional figures: `aprc` adds the EU APRC (Directive 2008/48/EC Annex I)" }),
    aprcTimeUnit: z
      .enum(["months", "weeks", "years", "days", "by-schedule"])
      .optional()
      .openapi({
        description:
          "The regular period the APRC measures time in (Annex I remark (c)): months (default), weeks, years, days " +
          "(whole years and days), or by-schedule (monthly and quarterly in months, yearly in years, weekly in " +
          "weeks, other schedules in days, as the Commission's worked examples do)",
      }),
    militaryAdditionalCharges: amountSchema(
      "Charges the Military Lending Act MAPR adds to the finance charge (credit insurance, debt cancellation, " +
        "ancillary products, application fees; 32 CFR 232.4(c)); default 0",
      { example: 0 },
    ).optional(),
    disclosed: z
      .strictObject({
        aprPercent: z
          .string()
          .max(64)
          .optional()
          .openapi({ description: "APR as disclosed, percent a year as a decimal string", example: "7.85" }),
        financeCharge: amountSchema(
          "Finance charge as disclosed (USD only: Regulation Z's tolerances are in dollars)",
          {
            example: 208_060,
          },
        ).optional(),
        isSecuredByDwelling: z
          .boolean()
          .default(false)
          .openapi({ description: "Secured by real property or a dwelling: the 12 CFR 1026.18(d)(1) tolerance" }),
      })
      .optional()
      .openapi("QuoteDisclosedFigures", {
        description: "Figures disclosed to the borrower, to check against these terms (12 CFR 1026.22, 1026.18(d))",
      }),
  })
  .superRefine((body, context) => {
    if ((body.productId === undefined) === (body.terms === undefined)) {
      context.addIssue({ code: "custom", path: ["productId"], message: "give exactly one of productId and terms" });
    }
    if (body.productVersion !== undefined && body.productId === undefined) {
      context.addIssue({ code: "custom", path: ["productVersion"], message: "productVersion needs a productId" });
    }
  })
  .openapi("QuoteRequest");

const minor = amountField;

const scheduleRowSchema = z
  .object({
    number: z.int().openapi({ description: "1-based installment number" }),
    dueDate: z.string().openapi({ description: "Due date after any business-day move (YYYY-MM-DD)" }),
    days: z.int().openapi({ description: "Actual days since the previous due date (or disbursement)" }),
    principal: minor("Principal"),
    interest: minor("Interest"),
    fees: minor("Installment fees"),
    total: minor("Principal + interest + fees"),
    balance: minor("Principal still owed after this installment"),
  })
  .openapi("QuoteScheduleRow");

/** The quote: nothing of it is stored. */
export const quoteSchema = z
  .object({
    productId: z.string().nullable(),
    productVersion: z.int().nullable(),
    currency: currencyField,
    requestedAmount: minor("Amount requested"),
    principal: minor("Principal scheduled: the request plus a financed fee"),
    numberOfPayments: z.int(),
    frequency: frequencySchema,
    ratePercent: z.string().openapi({ description: "Nominal annual rate, percent a year", example: "7.99" }),
    disbursementDate: z.string(),
    firstPaymentDate: z.string().openapi({ description: "Unadjusted first due date (YYYY-MM-DD)" }),
    originationFee: z
      .object({ amount: minor("Origination fee"), treatment: z.enum(feeTreatments) })
      .nullable()
      .openapi({ description: "The one-time origination fee and how it is paid" }),
    regularPayment: minor("Level installment of equal installments; null when installments vary").nullable(),
    schedule: z.array(scheduleRowSchema),
    totals: z
      .object({
        principal: minor("Principal"),
        interest: minor("Interest"),
        fees: minor("Installment fees"),
        payment: minor("All installments"),
      })
      .openapi("QuoteTotals"),
    apr: z
      .object({
        aprPercent: z
          .string()
          .openapi({ description: "Appendix J actuarial APR, percent, 6 decimals", example: "11.531216" }),
        disclosedPercent: z
          .string()
          .openapi({ description: "APR as disclosed: half-up to 3 decimals", example: "11.531" }),
        unitPeriod: z
          .object({ unit: z.enum(["day", "week", "semimonth", "month", "year"]), count: z.int() })
          .openapi({ description: "Appendix J unit period used, e.g. 1 month" }),
        oddFirstPeriodDays: z
          .int()
          .nullable()
          .openapi({
            description:
              "With oddFirstPeriod `disregard`: days the first period is longer (+) or shorter (−) than the regular " +
              "period it was treated as; null in exact mode",
          }),
      })
      .openapi("QuoteApr"),
    militaryApr: z
      .object({
        maprPercent: z
          .string()
          .openapi({ description: "Military APR (Appendix J with the MLA's charges), percent, 6 decimals" }),
        limitPercent: z.string().openapi({ description: "The cap, percent (32 CFR 232.4(b))", example: "36" }),
        isWithinLimit: z.boolean().openapi({ description: "MAPR ≤ 36 % (a MAPR of exactly 36 % is allowed)" }),
      })
      .openapi("QuoteMilitaryApr"),
    aprc: z
      .object({
        aprcPercent: z.string().openapi({ description: "EU APRC, effective annual percent, 6 decimals" }),
        disclosedPercent: z
          .string()
          .openapi({ description: "APRC as published: 1 decimal, half-up on the exact root", example: "12.7" }),
      })
      .nullable()
      .openapi("QuoteAprc", { description: "The EU APRC (Directive 2008/48/EC Annex I); null unless included" }),
    disclosure: z
      .object({
        amountFinanced: minor("Amount financed, 12 CFR 1026.18(b)"),
        financeCharge: minor("Finance charge, 12 CFR 1026.18(d); includes prepaid finance charges"),
        prepaidFinanceCharges: minor("Origination fees withheld or paid at closing"),
        totalOfPayments: minor("Total of payments, 12 CFR 1026.18(h)"),
      })
      .openapi("QuoteDisclosure"),
    accuracy: z
      .object({
        transaction: z.enum(["regular", "irregular"]).openapi({
          description: "irregular: payment amounts other than the first and last vary (12 CFR 1026.22(a)(3))",
        }),
        aprTolerancePercent: z.string().openapi({ description: "0.125 regular, 0.25 irregular", example: "0.125" }),
        isAprAccurate: z
          .boolean()
          .nullable()
          .openapi({ description: "Disclosed APR within the tolerance (boundary inclusive); null if none given" }),
        isFinanceChargeAccurate: z
          .boolean()
          .nullable()
          .openapi({
            description:
              "Disclosed finance charge within 12 CFR 1026.18(d): ±$5 (amount financed ≤ $1,000), ±$10 above; " +
              "dwelling-secured: understated by ≤ $100, any overstatement accurate; null if none given",
          }),
      })
      .nullable()
      .openapi("QuoteAccuracy", { description: "Whether the `disclosed` figures are accurate; null unless given" }),
  })
  .openapi("Quote");

/** A quote request after its defaults are filled in. */
export type QuoteRequestBody = z.infer<typeof quoteRequestSchema>;
/** A quote as the API returns it. */
export type QuoteBody = z.infer<typeof quoteSchema>;
