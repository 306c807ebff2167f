import { z } from "@hono/zod-openapi";
import { frequencySchema, prepaymentHandlings } from "@lendstack/core/products";
import { businessDate } from "../http/business-date.js";
import { idSchema } from "../http/id-schema.js";
import { dateRange, instantRange, referenceFilter } from "../http/list-filters.js";
import { amountSchema, count, currencySchema, maxVersion } from "../http/money.js";

// Request values are shape-checked here; amounts, dates, rates and the loan's rules are checked by core,
// so a bad value comes back with core's specific code (invalid_amount, invalid_date, rate_out_of_range …).

const day = businessDate;
const reference = (description: string) => z.string().min(1).max(200).optional().openapi({ description });
const externalReferenceDescription =
  "The lender's own id for the loan (e.g. from the book being migrated); unique in the tenant: a second loan with it is 409 `duplicate_external_reference` naming the first in `existingId`";

/** Path parameters of `/v1/loans/{loanId}…`. @example request: { params: loanPathSchema } */
export const loanPathSchema = z.object({ loanId: idSchema("loan", { param: "loanId" }) });

/** `?asOf=` on loan reads. @example request: { query: asOfQuerySchema } */
export const asOfQuerySchema = z.object({
  asOf: day("Business date to replay the loan to; default today's (UTC)", "2026-06-30").optional(),
});

/** `?date=` of the payoff quote. @example request: { query: payoffQuerySchema } */
export const payoffQuerySchema = z.object({
  date: day("Payoff date; default today's business date (UTC)", "2026-07-15").optional(),
});

/** Loan statuses, as a loan's `status` (its lifecycle status at its last change) and the list filter name them. */
export const loanStatuses = [
  "pending",
  "active",
  "paid-off",
  "overpaid",
  "closed",
  "charged-off",
  "written-off",
  "settled",
] as const;

/** A loan's lifecycle status (registered as `LoanStatus`). @example loanStatusSchema.parse("active") */
export const loanStatusSchema = z.enum(loanStatuses).openapi("LoanStatus", {
  description:
    "pending: boarded ahead of its disbursement date; active; paid-off; overpaid: paid beyond what was owed, a credit " +
    "held; closed; charged-off; written-off; settled: closed by a settlement, a lesser amount paid and the rest forgiven",
});

/** Filters of `GET /v1/loans`. @example filters: loanListFilters */
export const loanListFilters = {
  status: loanStatusSchema.optional().openapi({ description: "Only loans whose status at their last change was this" }),
  productId: idSchema("prd").optional().openapi({ description: "Only loans boarded under this product" }),
  externalReference: referenceFilter("the lender's own id for the loan"),
  borrowerReference: referenceFilter("the lender's id of the borrower"),
  decisionId: idSchema("dec").optional().openapi({ description: "Only loans boarded on this credit decision" }),
  ...instantRange("createdAt"),
  ...dateRange("disbursementDate"),
};

/** Body of `POST /v1/loans`. @example const body: z.infer<typeof boardLoanSchema> = { productId, amount, disbursementDate }; */
export const boardLoanSchema = z
  .strictObject({
    productId: idSchema("prd"),
    productVersion: z
      .int()
      .min(1)
      .max(maxVersion)
      .optional()
      .openapi({ description: "Product version; default the current one" }),
    amount: amountSchema("Requested principal (a financed fee is added to it)", { example: 1_000_000 }),
    currency: currencySchema,
    numberOfPayments: count("Installments; default the product's", 36).optional(),
    frequency: frequencySchema.optional().openapi({ description: "Default the product's" }),
    ratePercent: z
      .string()
      .max(64)
      .optional()
      .openapi({ description: "Nominal annual rate, percent a year as a decimal string", example: "12" }),
    disbursementDate: day("Day the loan is disbursed", "2026-01-01"),
    firstPaymentDate: day("First due date; default one period after disbursement", "2026-02-01").optional(),
    externalReference: reference(externalReferenceDescription),
    borrowerReference: reference("The lender's id of the borrower"),
    decisionId: idSchema("dec").optional().openapi({
      description:
        "The credit decision the loan is boarded on (`POST /v1/decisions`): it must exist in the tenant and not be a decline. Quotes are computed, not stored, so a loan links to its decision only.",
    }),
    initialDisbursement: amountSchema("First tranche; default the whole principal (post the rest to …/disbursements)", {
      example: 400_000,
    }).optional(),
  })
  .openapi("BoardLoanRequest");

/** A body's optional amount needs the body's `currency` beside it. */
function requireCurrencyWith(field: string) {
  return (body: Record<string, unknown>, context: z.RefinementCtx) => {
    if (body[field] !== undefined && body.currency === undefined) {
      context.addIssue({ code: "custom", path: ["currency"], message: `currency is required with ${field}` });
    }
  };
}

const effectiveDate = day("Business date the event takes effect; may be in the past", "2026-02-01");

/** Body of `POST …/payments`. @example { amount: 86_066, currency: "USD", effectiveDate: "2026-02-01" } */
export const paymentSchema = z
  .strictObject({
    amount: amountSchema("Money received, any amount"),
    currency: currencySchema,
    effectiveDate,
    prepayment: z
      .enum(prepaymentHandlings)
      .optional()
      .openapi({
        description:
          "What a prepayment of principal does, for this payment: reduce-term, reduce-installment or " +
          "reschedule-next-repayments; one of the product's prepaymentChoices (else 422 prepayment_choice_not_allowed)",
      }),
  })
  .openapi("PaymentRequest");

/** Body of `POST …/reversals`. @example { transactionId: "pmt_…", effectiveDate: "2026-02-05", nsf: true } */
export const reversalSchema = z
  .strictObject({
    transactionId: z.string().min(1).max(100).openapi({ description: "Id of the payment being returned" }),
    effectiveDate,
    nsf: z.boolean().optional().openapi({ description: "Charge the product's NSF (returned payment) fee" }),
    nsfFee: amountSchema("NSF fee to charge instead of the product's", { example: 2_500 }).optional(),
    currency: currencySchema.optional().openapi({ description: "ISO 4217 code of `nsfFee`; required with it" }),
  })
  .superRefine(requireCurrencyWith("nsfFee"))
  .openapi("ReversalRequest");

/** Body of `POST …/fees`. @example { amount: 5_000, currency: "USD", effectiveDate: "2026-01-10" } */
export const feeSchema = z
  .strictObject({
    amount: amountSchema("Fee charged", { example: 5_000 }),
    currency: currencySchema,
    effectiveDate,
    feeType: z.string().min(1).max(60).optional().openapi({ description: "Free label, e.g. document" }),
  })
  .openapi("FeeChargeRequest");

/** Body of `POST …/fee-waivers`. @example { chargeId: "late-fee:1", amount: 2_500, currency: "USD", effectiveDate: "2026-03-01" } */
export const feeWaiverSchema = z
  .strictObject({
    chargeId: z.string().min(1).max(120).openapi({
      description: "A fee's event id, `late-fee:<installment>` or `<reversal id>:nsf`",
      example: "late-fee:1",
    }),
    amount: amountSchema("Amount forgiven, at most what is unpaid of the charge", { example: 2_500 }),
    currency: currencySchema,
    effectiveDate,
  })
  .openapi("FeeWaiverRequest");

/** Body of `POST …/reschedules` (and its preview). @example { effectiveDate: "2026-06-10", firstPaymentDate: "2026-07-01", numberOfPayments: 48 } */
export const rescheduleSchema = z
  .strictObject({
    effectiveDate: day("Date the new schedule applies from; may be in the future", "2026-06-10"),
    firstPaymentDate: day("First due date of the new schedule", "2026-07-01"),
    numberOfPayments: count("Installments of the new schedule", 48),
    ratePercent: z.string().max(64).optional().openapi({ description: "New annual rate, percent; default unchanged" }),
    installment: amountSchema("A fixed installment instead of a re-amortized one", { example: 50_000 }).optional(),
    currency: currencySchema.optional().openapi({ description: "ISO 4217 code of `installment`; required with it" }),
    capitalizeArrears: z.boolean().optional().openapi({
      description:
        "Restructure: everything due and unpaid (principal, interest, fees, penalties) joins the principal the new schedule amortizes",
    }),
  })
  .superRefine(requireCurrencyWith("installment"))
  .openapi("RescheduleRequest");

/** Body of `POST …/payment-holidays` (and its preview). @example { effectiveDate: "2026-05-20", installments: 2, interest: "capitalize" } */
export const paymentHolidaySchema = z
  .strictObject({
    effectiveDate: day("Date of the deferral; the next installments due from then are skipped", "2026-05-20"),
    installments: count("How many installments to skip (added at the end)", 2),
    interest: z
      .enum(["capitalize", "defer"])
      .openapi({ description: "capitalize: added to principal; defer: collected with the last installment" }),
  })
  .openapi("PaymentHolidayRequest");

/** Body of `POST …/charge-offs`. @example { effectiveDate: "2026-08-01" } */
export const chargeOffSchema = z.strictObject({ effectiveDate }).openapi("ChargeOffRequest");

/** Body of `POST …/refunds`. @example { amount: 1_000, currency: "USD", effectiveDate: "2026-03-02" } */
export const refundSchema = z
  .strictObject({
    amount: amountSchema("Credit balance paid back, at most the credit", { example: 1_000 }),
    currency: currencySchema,
    effectiveDate,
  })
  .openapi("RefundRequest");

/** Body of `POST …/recoveries`. @example { amount: 50_000, currency: "USD", effectiveDate: "2026-10-01" } */
export const recoverySchema = z
  .strictObject({
    amount: amountSchema("Cash collected after the charge-off", { example: 50_000 }),
    currency: currencySchema,
    effectiveDate,
  })
  .openapi("RecoveryRequest");

/** Body of `POST …/write-offs`. @example { effectiveDate: "2027-01-01" } */
export const writeOffSchema = z.strictObject({ effectiveDate }).openapi("WriteOffRequest");

const percent = (description: string) =>
  z
    .string()
    .max(64)
    .openapi({ description: `${description}, percent a year as a decimal string` });

/** Body of `POST …/rate-changes`. @example { effectiveDate: "2026-07-01", rate: { kind: "fixed", ratePercent: "9.5" } } */
export const rateChangeSchema = z
  .strictObject({
    effectiveDate: day("Date the new rate applies from; may be in the future", "2026-07-01"),
    rate: z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("fixed"), ratePercent: percent("New annual rate") }),
      z.strictObject({
        kind: z.literal("indexed"),
        indexRatePercent: percent("Index value (e.g. SOFR)"),
        marginPercent: percent("Margin over the index"),
        floorPercent: percent("Lowest rate").optional(),
        capPercent: percent("Highest rate").optional(),
      }),
    ]),
  })
  .openapi("RateChangeRequest");

/** Body of `POST …/disbursements` (a further tranche). @example { amount: 400_000, currency: "USD", effectiveDate: "2026-02-15" } */
export const disbursementSchema = z
  .strictObject({
    amount: amountSchema("Tranche; all tranches together at most the principal", { example: 400_000 }),
    currency: currencySchema,
    effectiveDate,
  })
  .openapi("DisbursementRequest");

// Request bodies as handlers and services receive them: the schemas above are their one source.

/** @example const body: BoardLoanRequest = { productId, amount: 1_000_000, currency: "USD", disbursementDate: "2026-01-01" }; */
export type BoardLoanRequest = z.infer<typeof boardLoanSchema>;
/** @example const body: PaymentRequest = { amount: 86_066, currency: "USD", effectiveDate: "2026-02-01" }; */
export type PaymentRequest = z.infer<typeof paymentSchema>;
/** @example const body: ReversalRequest = { transactionId: "pmt_…", effectiveDate: "2026-02-05", nsf: true }; */
export type ReversalRequest = z.infer<typeof reversalSchema>;
/** @example const body: FeeChargeRequest = { amount: 5_000, currency: "USD", effectiveDate: "2026-01-10" }; */
export type FeeChargeRequest = z.infer<typeof feeSchema>;
/** @example const body: FeeWaiverRequest = { chargeId: "late-fee:1", amount: 2_500, currency: "USD", effectiveDate: "2026-03-01" }; */
export type FeeWaiverRequest = z.infer<typeof feeWaiverSchema>;
/** @example const body: RescheduleRequest = { effectiveDate: "2026-06-10", firstPaymentDate: "2026-07-01", numberOfPayments: 48 }; */
export type RescheduleRequest = z.infer<typeof rescheduleSchema>;
/** @example const body: PaymentHolidayRequest = { effectiveDate: "2026-05-20", installments: 2, interest: "capitalize" }; */
export type PaymentHolidayRequest = z.infer<typeof paymentHolidaySchema>;
/** @example const body: ChargeOffRequest = { effectiveDate: "2026-08-01" }; */
export type ChargeOffRequest = z.infer<typeof chargeOffSchema>;
/** @example const body: RefundRequest = { amount: 1_000, currency: "USD", effectiveDate: "2026-03-02" }; */
export type RefundRequest = z.infer<typeof refundSchema>;
/** @example const body: RecoveryRequest = { amount: 50_000, currency: "USD", effectiveDate: "2026-10-01" }; */
export type RecoveryRequest = z.infer<typeof recoverySchema>;
/** @example const body: WriteOffRequest = { effectiveDate: "2027-01-01" }; */
export type WriteOffRequest = z.infer<typeof writeOffSchema>;
/** @example const body: RateChangeRequest = { effectiveDate: "2026-07-01", rate: { kind: "fixed", ratePercent: "9.5" } }; */
export type RateChangeRequest = z.infer<typeof rateChangeSchema>;
/** @example const body: DisbursementRequest = { amount: 400_000, currency: "USD", effectiveDate: "2026-02-15" }; */
export type DisbursementRequest = z.infer<typeof disbursementSchema>;
