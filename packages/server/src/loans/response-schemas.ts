import { z } from "@hono/zod-openapi";
import { frequencySchema } from "@lendstack/core/products";
import { currencyField, amountField as minor } from "../http/money.js";
import { loanStatusSchema } from "./schemas.js";

// Response bodies of the loans resource: every amount is a JSON integer of minor units of the loan's one
// `currency` (of the list's, for a list of a loan's rows), named for what it is.

const bucketsSchema = z
  .object({
    principal: minor("Principal"),
    interest: minor("Interest"),
    fees: minor("Fees"),
    penalties: minor("Penalties"),
    total: minor("Sum of the four"),
  })
  .openapi("LoanBuckets");

/** A loan's record (what was boarded). @example const loan: z.infer<typeof loanSchema> = await response.json(); */
export const loanSchema = z
  .object({
    id: z.string().openapi({ example: "loan_01JGFJJZ0000000000000000AB" }),
    productId: z.string(),
    productVersion: z.int(),
    status: loanStatusSchema.openapi({
      description:
        "Lifecycle status: `pending` until the disbursement date (a loan boarded ahead of it), then as of the " +
        "business date of the last change (in a replay to `asOf`: as of `asOf`)",
    }),
    version: z.int().openapi({ description: "+1 per event appended (starts at 1)" }),
    currency: currencyField,
    principal: minor("Principal scheduled (request plus a financed fee)"),
    requestedAmount: minor("Principal requested (before a financed fee)"),
    originationFee: z
      .object({ amount: minor("Origination fee"), treatment: z.string() })
      .nullable()
      .openapi({ description: "Origination fee of the product and how it is paid" }),
    ratePercent: z.string().openapi({ description: "Contract annual rate, percent", example: "12" }),
    numberOfPayments: z.int(),
    frequency: frequencySchema,
    disbursementDate: z.string(),
    firstPaymentDate: z.string(),
    externalReference: z.string().nullable(),
    borrowerReference: z.string().nullable(),
    decisionId: z.string().nullable().openapi({
      description: "The credit decision the loan was boarded on (`GET /v1/decisions/{decisionId}`), if any",
    }),
    applicationId: z.string().nullable().openapi({
      description: "The application funded into this loan (`GET /v1/applications/{applicationId}`), if any",
    }),
    offerId: z.string().nullable().openapi({ description: "The accepted offer of that application, if any" }),
    createdAt: z.string().openapi({ description: "UTC ISO 8601 instant" }),
    updatedAt: z.string().openapi({ description: "UTC ISO 8601 instant" }),
  })
  .openapi("Loan");

/** A loan replayed to a business date. @example const state: z.infer<typeof loanStateSchema> = await response.json(); */
export const loanStateSchema = loanSchema
  .extend({
    asOf: z.string().openapi({ description: "Business date of the replay (events dated later are not applied)" }),
    annualRatePercent: z.string().openapi({ description: "Rate in force, percent a year" }),
    disbursed: minor("Disbursed so far"),
    outstanding: bucketsSchema.openapi({ description: "Owed and on the books; interest here is interest due" }),
    overdue: bucketsSchema.openapi({ description: "The part of `outstanding` past its due date" }),
    principalBalance: minor("Principal on which interest accrues"),
    accruedInterest: minor("Interest accrued, not yet due"),
    deferredInterest: minor("Interest deferred by a payment holiday"),
    creditBalance: minor("Money held for the borrower"),
    daysPastDue: z.int(),
    delinquencyBucket: z.string(),
    isNonPerforming: z.boolean(),
    nextDue: z.object({ date: z.string(), amount: minor("Amount due") }).nullable(),
    chargedOff: bucketsSchema.nullable().openapi({ description: "Balances taken off the books by a charge-off" }),
    recovered: minor("Collected after charge-off"),
    charges: z.array(
      z
        .object({
          id: z.string().openapi({ description: "Use as `chargeId` to waive it" }),
          kind: z.enum(["fee", "penalty"]),
          label: z.string(),
          dueDate: z.string(),
          amount: minor("Charged"),
          paid: minor("Paid"),
          waived: minor("Waived"),
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
    status: z
      .enum(["paid", "partly-paid", "overdue", "due", "future", "skipped"])
      .openapi("InstallmentStatus", { description: "Where the installment stands as of the replay's `asOf`" }),
    kind: z.enum(["level", "principal"]).openapi({ description: "level: planned is principal + interest" }),
    planned: minor("Planned installment (level) or planned principal"),
    plannedFees: minor("Fee due with it"),
    principalDue: minor("Principal due (once fallen due)"),
    interestDue: minor("Interest due (once fallen due)"),
    principalPaid: minor("Principal paid"),
    interestPaid: minor("Interest paid"),
    paidDate: z.string().nullable(),
  })
  .openapi("LoanInstallment");

/** `GET …/schedule`. */
export const loanScheduleSchema = z
  .object({ loanId: z.string(), asOf: z.string(), currency: z.string(), installments: z.array(installmentSchema) })
  .openapi("LoanSchedule");

const partsSchema = z
  .object({
    principal: minor("To principal"),
    interest: minor("To interest"),
    fees: minor("To fees"),
    penalties: minor("To penalties"),
    credit: minor("Held as credit"),
  })
  .openapi("LoanAllocation");

/** One transaction of the loan's history. */
export const transactionSchema = z
  .object({
    id: z.string(),
    type: z.string().openapi({ description: "payment, payment-reversal, fee-charge, late-fee, disbursement, …" }),
    date: z.string(),
    amount: minor("Amount"),
    allocation: partsSchema.nullable().openapi({ description: "How a receipt was split (sums to amount)" }),
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
          lines: z.array(z.object({ account: z.string(), debit: minor("Debit"), credit: minor("Credit") })),
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
        debit: minor("Debits"),
        credit: minor("Credits"),
        balance: minor("Debits minus credits"),
      }),
    ),
    totals: z.array(
      z.object({
        currency: z.string(),
        debit: minor("Debits"),
        credit: minor("Credits"),
        balance: minor("Always 0: every entry balances"),
      }),
    ),
  })
  .openapi("TrialBalance");

/** `GET …/payoff-quote`. */
export const payoffQuoteSchema = z
  .object({
    loanId: z.string(),
    currency: currencyField,
    amount: minor("A payment of this, dated goodThroughDate, pays the loan off"),
    perDiem: minor("Interest added per day later"),
    goodThroughDate: z.string(),
    breakdown: z.object({
      principal: minor("Principal"),
      interest: minor("Interest due + accrued + deferred"),
      fees: minor("Fees"),
      penalties: minor("Penalties"),
      creditBalance: minor("Credit held for the borrower (refunded separately)"),
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

/** `GET …/events`: the append-only log as stored. */
export const loanEventLogSchema = z
  .object({
    loanId: z.string(),
    data: z.array(
      z
        .object({
          id: z.string(),
          type: z.string(),
          effectiveDate: z.string(),
          sequence: z.int().openapi({ description: "Arrival order within the loan, from 1" }),
          recordedAt: z.string().openapi({ description: "UTC instant it was appended" }),
          recordedBy: z.string().openapi({ description: "Subject of the token that posted it" }),
          reversesEventId: z.string().nullable(),
          details: z.record(z.string(), z.unknown()).openapi({
            description:
              "The event's own fields: amounts are integers of minor units of the loan's currency, `…Percent` decimal strings",
          }),
        })
        .openapi("StoredLoanEvent"),
    ),
  })
  .openapi("LoanEventLog");
