import { z } from "@hono/zod-openapi";
import { idSchema } from "../http/id-schema.js";
import { amountField, currencyField } from "../http/money.js";

const dateField = (description: string) => z.string().openapi({ description, example: "2025-03-01", format: "date" });

/** Balances at the end of a day. */
const balancesSchema = z
  .object({
    principal: amountField("Principal outstanding, due or not"),
    interest: amountField("Interest due, accrued and deferred"),
    fees: amountField("Fees and penalties charged and unpaid"),
    unapplied: amountField("Unapplied funds held for the borrower (reduce the total)"),
    total: amountField("principal + interest + fees − unapplied"),
  })
  .openapi("StatementBalances");

const lineTypes = [
  "opening-balance",
  "disbursement",
  "disbursement-fee",
  "payment",
  "payment-reversal",
  "credit-application",
  "refund",
  "interest",
  "fee",
  "late-fee",
  "nsf-fee",
  "penalty-interest",
  "prepayment-fee",
  "installment-fee",
  "fee-waiver",
  "capitalization",
  "rate-change",
  "payment-holiday",
  "reschedule",
  "charge-off",
  "recovery",
  "write-off",
  "settlement-forgiveness",
  "adjustment",
] as const;

const transactionSchema = z
  .object({
    id: z.string().openapi({ description: "The transaction id (`pmt_…`, `late-fee:2`, `interest:<date>` …)" }),
    date: dateField("Its business date"),
    type: z.enum(lineTypes).openapi({
      description:
        "What happened; `interest` is the period's interest (one line on the statement date), `adjustment` balances recomputed for an earlier period (a returned payment replays the loan as if it never arrived)",
    }),
    description: z.string(),
    amount: amountField("The transaction's amount (≥ 0)"),
    change: balancesSchema.openapi({ description: "How it moved each balance (+ owes more, − owes less)" }),
    reversedBy: z.string().nullable().openapi({ description: "For a payment returned later: the reversal's id" }),
  })
  .openapi("StatementTransaction");

const paymentPartsSchema = z
  .object({
    principal: amountField("Principal"),
    interest: amountField("Interest"),
    escrow: amountField("Escrow (Lendstack holds none: 0)"),
    fees: amountField("Fees and penalties"),
    unapplied: amountField("Kept unapplied (suspense)"),
    total: amountField("The sum"),
  })
  .openapi("StatementPaymentParts");

const amountDueSchema = z
  .object({
    dueDate: dateField("The next due date").nullable(),
    installmentNumber: z.int().nullable(),
    regularPayment: paymentPartsSchema.openapi({
      description: "The next installment; its interest is estimated (the principal balance's interest to its due date)",
    }),
    pastDue: amountField("Principal and interest fallen due by the statement date and unpaid"),
    feesDue: amountField("Fees and penalties due"),
    unappliedCredit: amountField("Unapplied funds the next due date applies"),
    total: amountField("What to pay by the due date"),
    lateFee: z
      .object({ amount: amountField("The late fee"), chargedOn: dateField("Charged on this date if still unpaid") })
      .nullable(),
  })
  .openapi("StatementAmountDue");

/** The § 1026.41(d)(8) delinquency information (statements and delinquency notices). */
export const delinquencySchema = z
  .object({
    delinquentSince: dateField("Due date of the oldest unpaid installment"),
    daysDelinquent: z.int(),
    history: z.array(
      z.object({
        dueDate: dateField("A due date of the last six months"),
        installmentNumber: z.int(),
        due: amountField("Asked for"),
        paid: amountField("Paid towards it"),
        remaining: amountField("Still past due"),
      }),
    ),
    amountToBringCurrent: amountField("Past due amount plus fees due"),
    riskNotice: z.string(),
    lossMitigationNotice: z.string(),
    foreclosureNotice: z.string(),
    counselingNotice: z.string(),
  })
  .openapi("StatementDelinquency");

const mortgageSchema = z
  .object({
    explanationOfAmountDue: z.object({
      regularPayment: paymentPartsSchema,
      feesSinceLastStatement: amountField("Fees charged in the period"),
      pastDue: amountField("Past due"),
      totalDue: amountField("Total due"),
    }),
    paymentsSinceLastStatement: paymentPartsSchema,
    paymentsYearToDate: paymentPartsSchema,
    partialPayment: z
      .object({
        unapplied: amountField("Held unapplied (suspense) at the statement date"),
        receivedSinceLastStatement: amountField("Of the payments since the last statement, the part kept unapplied"),
        explanation: z.string().openapi({ description: "What must happen for the unapplied funds to be applied" }),
      })
      .nullable()
      .optional()
      .openapi({
        description:
          "§ 1026.41(d)(5) partial payment information; null when nothing is held unapplied (absent on statements issued before it was added)",
      }),
    outstandingPrincipal: amountField("Principal outstanding"),
    hasPrepaymentPenalty: z.boolean(),
    delinquency: delinquencySchema.nullable().openapi({ description: "Present when more than 45 days delinquent" }),
  })
  .openapi("StatementMortgageDisclosures", { description: "Regulation Z § 1026.41(d) contents" });

/** A periodic statement. */
export const statementSchema = z
  .object({
    id: z.string().openapi({ example: "stm_01JGFJJZ0000000000000000AB" }),
    object: z.literal("statement"),
    loanId: z.string(),
    format: z.enum(["standard", "mortgage"]),
    currency: currencyField,
    statementDate: dateField("The cycle end: an installment due date"),
    periodStart: dateField("First day covered (the day after the previous statement date)"),
    periodEnd: dateField("Last day covered (the statement date)"),
    annualRatePercent: z.string().openapi({ example: "12" }),
    opening: balancesSchema,
    closing: balancesSchema,
    transactions: z.array(transactionSchema),
    charges: amountField("What the period added to the total"),
    credits: amountField("What the period took off the total"),
    interestCharged: amountField("Interest charged in the period"),
    feesCharged: amountField("Fees and penalties charged in the period"),
    interestChargedYearToDate: amountField("Interest charged this calendar year"),
    feesChargedYearToDate: amountField("Fees and penalties charged this calendar year"),
    amountDue: amountDueSchema,
    daysPastDue: z.int(),
    mortgage: mortgageSchema.nullable(),
    createdAt: z.string(),
  })
  .openapi("Statement");

/** @example const body: StatementBody = toStatementBody(row); */
export type StatementBody = z.infer<typeof statementSchema>;

/** The stored document: the statement without its id, loan and creation time. */
export type StatementDocument = Omit<StatementBody, "id" | "object" | "loanId" | "createdAt">;

/** Path of `/v1/loans/{loanId}/statements`. */
export const loanStatementsPathSchema = z.object({ loanId: idSchema("loan", { param: "loanId" }) });

/** Path of `/v1/loans/{loanId}/statements/{statementId}`. */
export const statementPathSchema = z.object({
  loanId: idSchema("loan", { param: "loanId" }),
  statementId: idSchema("stm", { param: "statementId" }),
});

/** Body of `POST /v1/loans/{loanId}/statements`. @example { statementDate: "2025-03-01" } */
export const statementRequestSchema = z
  .strictObject({
    statementDate: z.iso
      .date()
      .max(10)
      .openapi({ description: "The past cycle end to issue: an installment due date", example: "2025-03-01" }),
  })
  .openapi("StatementRequest");
