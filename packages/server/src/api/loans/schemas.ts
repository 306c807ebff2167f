import { z } from "@hono/zod-openapi";
import { frequencies } from "@lendstack/core/products";
import { pageQuerySchema, pageSchema } from "../../http/pagination.js";
import { moneySchema } from "../quotes/schemas.js";

// Request values are shape-checked here; amounts, dates, rates and the loan's rules are checked by core,
// so a bad value comes back with core's specific code (invalid_amount, invalid_date, rate_out_of_range …).

const day = (description: string, example: string) =>
  z
    .string()
    .max(32)
    .openapi({ description: `${description} (YYYY-MM-DD)`, example });
const minor = (description: string) => z.int().openapi({ description: `${description}, integer minor units` });
const reference = (description: string) => z.string().min(1).max(200).optional().openapi({ description });

const loanIdParam = z
  .string()
  .regex(/^loan_[0-9A-HJKMNP-TV-Z]{26}$/, "expected a loan id (loan_…)")
  .openapi({ param: { name: "loanId", in: "path" }, example: "loan_01JGFJJZ0000000000000000AB" });

/** Path parameters of `/v1/loans/{loanId}…`. @example request: { params: loanPathSchema } */
export const loanPathSchema = z.object({ loanId: loanIdParam });

/** `?asOf=` on loan reads. @example request: { query: asOfQuerySchema } */
export const asOfQuerySchema = z.object({
  asOf: day("Business date to replay the loan to; default today's (UTC)", "2026-06-30").optional(),
});

/** `?date=` of the payoff quote. @example request: { query: payoffQuerySchema } */
export const payoffQuerySchema = z.object({
  date: day("Payoff date; default today's business date (UTC)", "2026-07-15").optional(),
});

/** Query of `GET /v1/loans`. @example request: { query: listLoansQuerySchema } */
export const listLoansQuerySchema = pageQuerySchema.extend({
  status: z
    .enum(["pending", "active", "paid-off", "overpaid", "closed", "charged-off", "written-off"])
    .optional()
    .openapi({ description: "Only loans whose status at their last change was this" }),
});

/** Body of `POST /v1/loans`. @example const body: z.infer<typeof boardLoanSchema> = { productId, amount, disbursementDate }; */
export const boardLoanSchema = z
  .strictObject({
    productId: z
      .string()
      .regex(/^prd_[0-9A-HJKMNP-TV-Z]{26}$/, "expected a product id (prd_…)")
      .openapi({ example: "prd_01JGFJJZ0000000000000000AB" }),
    productVersion: z.int().min(1).optional().openapi({ description: "Product version; default the current one" }),
    amount: moneySchema.openapi({ description: "Requested principal (a financed fee is added to it)" }),
    numberOfPayments: z.int().optional().openapi({ description: "Installments; default the product's", example: 36 }),
    frequency: z.enum(frequencies).optional().openapi({ description: "Default the product's" }),
    ratePercent: z
      .string()
      .max(64)
      .optional()
      .openapi({ description: "Nominal annual rate, percent a year as a decimal string", example: "12" }),
    disbursementDate: day("Day the loan is disbursed", "2026-01-01"),
    firstPaymentDate: day("First due date; default one period after disbursement", "2026-02-01").optional(),
    externalReference: reference("The lender's own id for the loan (e.g. from the book being migrated)"),
    borrowerReference: reference("The lender's id of the borrower"),
  })
  .openapi("BoardLoanRequest");

const effectiveDate = day("Business date the event takes effect; may be in the past", "2026-02-01");

/** Body of `POST …/payments`. @example { amount: { amount: 86_066, currency: "USD" }, effectiveDate: "2026-02-01" } */
export const paymentSchema = z
  .strictObject({ amount: moneySchema.openapi({ description: "Money received, any amount" }), effectiveDate })
  .openapi("PaymentRequest");

/** Body of `POST …/reversals`. @example { transactionId: "pmt_…", effectiveDate: "2026-02-05", nsf: true } */
export const reversalSchema = z
  .strictObject({
    transactionId: z.string().min(1).max(100).openapi({ description: "Id of the payment being returned" }),
    effectiveDate,
    nsf: z.boolean().optional().openapi({ description: "Charge the product's NSF (returned payment) fee" }),
    nsfFee: moneySchema.optional().openapi({ description: "NSF fee to charge instead of the product's" }),
  })
  .openapi("ReversalRequest");

/** Body of `POST …/fees`. @example { amount: { amount: 5_000, currency: "USD" }, effectiveDate: "2026-01-10" } */
export const feeSchema = z
  .strictObject({
    amount: moneySchema,
    effectiveDate,
    feeType: z.string().min(1).max(60).optional().openapi({ description: "Free label, e.g. document" }),
  })
  .openapi("FeeChargeRequest");

/** Body of `POST …/fee-waivers`. @example { chargeId: "late-fee:1", amount: { amount: 2_500, currency: "USD" }, effectiveDate: "2026-03-01" } */
export const feeWaiverSchema = z
  .strictObject({
    chargeId: z.string().min(1).max(120).openapi({
      description: "A fee's event id, `late-fee:<installment>` or `<reversal id>:nsf`",
      example: "late-fee:1",
    }),
    amount: moneySchema.openapi({ description: "Amount forgiven, at most what is unpaid of the charge" }),
    effectiveDate,
  })
  .openapi("FeeWaiverRequest");

/** Body of `POST …/reschedules` (and its preview). @example { effectiveDate: "2026-06-10", firstPaymentDate: "2026-07-01", numberOfPayments: 48 } */
export const rescheduleSchema = z
  .strictObject({
    effectiveDate: day("Date the new schedule applies from; may be in the future", "2026-06-10"),
    firstPaymentDate: day("First due date of the new schedule", "2026-07-01"),
    numberOfPayments: z.int().openapi({ description: "Installments of the new schedule", example: 48 }),
    ratePercent: z.string().max(64).optional().openapi({ description: "New annual rate, percent; default unchanged" }),
    installment: moneySchema.optional().openapi({ description: "A fixed installment instead of a re-amortised one" }),
  })
  .openapi("RescheduleRequest");

/** Body of `POST …/payment-holidays` (and its preview). @example { effectiveDate: "2026-05-20", installments: 2, interest: "capitalise" } */
export const paymentHolidaySchema = z
  .strictObject({
    effectiveDate: day("Date of the deferral; the next installments due from then are skipped", "2026-05-20"),
    installments: z.int().openapi({ description: "How many installments to skip (added at the end)", example: 2 }),
    interest: z
      .enum(["capitalise", "defer"])
      .openapi({ description: "capitalise: added to principal; defer: collected with the last installment" }),
  })
  .openapi("PaymentHolidayRequest");

/** Body of `POST …/charge-off`. @example { effectiveDate: "2026-08-01" } */
export const chargeOffSchema = z.strictObject({ effectiveDate }).openapi("ChargeOffRequest");

const bucketsSchema = z
  .object({
    principalMinor: minor("Principal"),
    interestMinor: minor("Interest"),
    feesMinor: minor("Fees"),
    penaltiesMinor: minor("Penalties"),
    totalMinor: minor("Sum of the four"),
  })
  .openapi("LoanBuckets");

/** A loan's record (what was boarded). @example const loan: z.infer<typeof loanSchema> = await response.json(); */
export const loanSchema = z
  .object({
    id: z.string().openapi({ example: "loan_01JGFJJZ0000000000000000AB" }),
    productId: z.string(),
    productVersion: z.int(),
    status: z.string().openapi({ description: "Lifecycle status as of the business date of the last change" }),
    version: z.int().openapi({ description: "+1 per event appended (starts at 1)" }),
    currency: z.string().openapi({ description: "ISO 4217 code of every amount of the loan" }),
    principal: moneySchema.openapi({ description: "Principal scheduled (request plus a financed fee)" }),
    requestedAmount: moneySchema,
    originationFee: z
      .object({ amount: z.int(), currency: z.string(), treatment: z.string() })
      .nullable()
      .openapi({ description: "Origination fee of the product, minor units, and how it is paid" }),
    ratePercent: z.string().openapi({ description: "Contract annual rate, percent", example: "12" }),
    numberOfPayments: z.int(),
    frequency: z.enum(frequencies),
    disbursementDate: z.string(),
    firstPaymentDate: z.string(),
    externalReference: z.string().nullable(),
    borrowerReference: z.string().nullable(),
    createdAt: z.string().openapi({ description: "UTC ISO 8601 instant" }),
    updatedAt: z.string().openapi({ description: "UTC ISO 8601 instant" }),
  })
  .openapi("Loan");

/** A loan replayed to a business date. @example const state: z.infer<typeof loanStateSchema> = await response.json(); */
export const loanStateSchema = loanSchema
  .extend({
    asOf: z.string().openapi({ description: "Business date of the replay (events dated later are not applied)" }),
    lifecycleStatus: z
      .string()
      .openapi({ description: "pending, active, paid-off, overpaid, closed, charged-off, written-off" }),
    annualRatePercent: z.string().openapi({ description: "Rate in force, percent a year" }),
    disbursedMinor: minor("Disbursed so far"),
    outstanding: bucketsSchema.openapi({ description: "Owed and on the books; interest here is interest due" }),
    overdue: bucketsSchema.openapi({ description: "The part of `outstanding` past its due date" }),
    principalBalanceMinor: minor("Principal on which interest accrues"),
    accruedInterestMinor: minor("Interest accrued, not yet due"),
    deferredInterestMinor: minor("Interest deferred by a payment holiday"),
    creditBalanceMinor: minor("Money held for the borrower"),
    daysPastDue: z.int(),
    delinquencyBucket: z.string(),
    isNonPerforming: z.boolean(),
    nextDue: z.object({ date: z.string(), amountMinor: minor("Amount due") }).nullable(),
    chargedOff: bucketsSchema.nullable().openapi({ description: "Balances taken off the books by a charge-off" }),
    recoveredMinor: minor("Collected after charge-off"),
    charges: z.array(
      z
        .object({
          id: z.string().openapi({ description: "Use as `chargeId` to waive it" }),
          kind: z.enum(["fee", "penalty"]),
          label: z.string(),
          dueDate: z.string(),
          amountMinor: minor("Charged"),
          paidMinor: minor("Paid"),
          waivedMinor: minor("Waived"),
        })
        .openapi("LoanCharge"),
    ),
  })
  .openapi("LoanState");

/** One installment of the current schedule. @example content: { "application/json": { schema: loanScheduleSchema } } */
export const installmentSchema = z
  .object({
    number: z.int(),
    dueDate: z.string(),
    status: z.enum(["paid", "partly-paid", "overdue", "due", "future", "skipped"]),
    kind: z.enum(["level", "principal"]).openapi({ description: "level: plannedMinor is principal + interest" }),
    plannedMinor: minor("Planned installment (level) or planned principal"),
    plannedFeesMinor: minor("Fee due with it"),
    principalDueMinor: minor("Principal due (once fallen due)"),
    interestDueMinor: minor("Interest due (once fallen due)"),
    principalPaidMinor: minor("Principal paid"),
    interestPaidMinor: minor("Interest paid"),
    paidDate: z.string().nullable(),
  })
  .openapi("LoanInstallment");

/** `GET …/schedule`. */
export const loanScheduleSchema = z
  .object({ loanId: z.string(), asOf: z.string(), currency: z.string(), installments: z.array(installmentSchema) })
  .openapi("LoanSchedule");

const partsSchema = z
  .object({
    principalMinor: minor("To principal"),
    interestMinor: minor("To interest"),
    feesMinor: minor("To fees"),
    penaltiesMinor: minor("To penalties"),
    creditMinor: minor("Held as credit"),
  })
  .openapi("LoanAllocation");

/** One transaction of the loan's history. */
export const transactionSchema = z
  .object({
    id: z.string(),
    type: z.string().openapi({ description: "payment, payment-reversal, fee-charge, late-fee, disbursement, …" }),
    date: z.string(),
    amountMinor: minor("Amount"),
    allocation: partsSchema.nullable().openapi({ description: "How a receipt was split (sums to amountMinor)" }),
    reversedById: z.string().nullable().openapi({ description: "The reversal that returned this payment" }),
  })
  .openapi("LoanTransaction");

/** `GET …/transactions`. */
export const transactionListSchema = z
  .object({ loanId: z.string(), asOf: z.string(), currency: z.string(), data: z.array(transactionSchema) })
  .openapi("LoanTransactionList");

/** `GET …/journal-entries`. */
export const journalListSchema = z
  .object({
    loanId: z.string(),
    asOf: z.string(),
    data: z.array(
      z
        .object({
          id: z.string(),
          date: z.string(),
          eventId: z.string(),
          currency: z.string(),
          memo: z.string(),
          reversesEntryId: z.string().nullable(),
          lines: z.array(z.object({ account: z.string(), debitMinor: minor("Debit"), creditMinor: minor("Credit") })),
        })
        .openapi("JournalEntry"),
    ),
  })
  .openapi("JournalEntryList");

/** `GET …/trial-balance`. */
export const trialBalanceSchema = z
  .object({
    loanId: z.string(),
    asOf: z.string(),
    rows: z.array(
      z.object({
        currency: z.string(),
        account: z.string(),
        debitMinor: minor("Debits"),
        creditMinor: minor("Credits"),
        balanceMinor: minor("Debits minus credits"),
      }),
    ),
    totals: z.array(
      z.object({
        currency: z.string(),
        debitMinor: minor("Debits"),
        creditMinor: minor("Credits"),
        balanceMinor: minor("Always 0: every entry balances"),
      }),
    ),
  })
  .openapi("TrialBalance");

/** `GET …/payoff-quote`. */
export const payoffQuoteSchema = z
  .object({
    loanId: z.string(),
    amount: moneySchema.openapi({ description: "A payment of this, dated goodThroughDate, pays the loan off" }),
    perDiemMinor: minor("Interest added per day later"),
    goodThroughDate: z.string(),
    breakdown: z.object({
      principalMinor: minor("Principal"),
      interestMinor: minor("Interest due + accrued + deferred"),
      feesMinor: minor("Fees"),
      penaltiesMinor: minor("Penalties"),
      creditBalanceMinor: minor("Credit held for the borrower (refunded separately)"),
    }),
  })
  .openapi("PayoffQuote");

/** The event a change appended (or, for a preview, would append). */
export const loanEventSchema = z
  .object({
    id: z.string().openapi({ description: "Event id: pmt_…, rev_…, fee_…, wvr_…, rsc_…, hol_…, cof_…" }),
    type: z.string(),
    effectiveDate: z.string(),
    sequence: z.int().openapi({ description: "Arrival order within the loan, from 1" }),
    recordedAt: z.string().nullable().openapi({ description: "UTC instant; null on a preview" }),
  })
  .openapi("LoanEvent");

/** Response of every change. */
export const loanChangeSchema = z.object({ event: loanEventSchema, loan: loanStateSchema }).openapi("LoanChange");

/** Response of a preview: nothing stored. */
export const loanPreviewSchema = z
  .object({ event: loanEventSchema, loan: loanStateSchema, schedule: z.array(installmentSchema) })
  .openapi("LoanChangePreview");

/** A page of loans. */
export const loanPageSchema = pageSchema(loanSchema, "LoanPage");
