import { formatDecimal } from "@lendstack/core/money";
import type { PaymentParts, Statement, StatementBalances, StatementLine } from "@lendstack/core/statements";
import type { LoanStatementRow } from "../db/schema/index.js";
import { toJsonInteger } from "../http/safe-integer.js";
import type { StatementBody, StatementDocument } from "./schemas.js";

const n = (value: bigint) => toJsonInteger(value, "statement");

function balancesBody(b: StatementBalances) {
  return {
    principal: n(b.principalMinor),
    interest: n(b.interestMinor),
    fees: n(b.feesMinor),
    unapplied: n(b.unappliedMinor),
    total: n(b.totalMinor),
  };
}

function partsBody(p: PaymentParts) {
  return {
    principal: n(p.principalMinor),
    interest: n(p.interestMinor),
    escrow: n(p.escrowMinor),
    fees: n(p.feesMinor),
    unapplied: n(p.unappliedMinor),
    total: n(p.totalMinor),
  };
}

function transactionBody(line: StatementLine) {
  return {
    id: line.id,
    date: line.date,
    type: line.type,
    description: line.description,
    amount: n(line.amountMinor),
    change: balancesBody(line.change),
    reversedBy: line.reversedById ?? null,
  };
}

function amountDueBody(statement: Statement): StatementDocument["amountDue"] {
  const due = statement.amountDue;
  return {
    dueDate: due.dueDate,
    installmentNumber: due.installmentNumber,
    regularPayment: partsBody(due.regularPayment),
    pastDue: n(due.pastDueMinor),
    feesDue: n(due.feesDueMinor),
    unappliedCredit: n(due.unappliedCreditMinor),
    total: n(due.totalMinor),
    lateFee: due.lateFee === null ? null : { amount: n(due.lateFee.amountMinor), chargedOn: due.lateFee.chargedOn },
  };
}

function mortgageBody(statement: Statement): StatementDocument["mortgage"] {
  const m = statement.mortgage;
  if (m === null) return null;
  const d = m.delinquency;
  return {
    explanationOfAmountDue: {
      regularPayment: partsBody(m.explanationOfAmountDue.regularPayment),
      feesSinceLastStatement: n(m.explanationOfAmountDue.feesSinceLastStatementMinor),
      pastDue: n(m.explanationOfAmountDue.pastDueMinor),
      totalDue: n(m.explanationOfAmountDue.totalDueMinor),
    },
    paymentsSinceLastStatement: partsBody(m.paymentsSinceLastStatement),
    paymentsYearToDate: partsBody(m.paymentsYearToDate),
    partialPayment:
      m.partialPayment === null
        ? null
        : {
            unapplied: n(m.partialPayment.unappliedMinor),
            receivedSinceLastStatement: n(m.partialPayment.receivedSinceLastStatementMinor),
            explanation: m.partialPayment.explanation,
          },
    outstandingPrincipal: n(m.outstandingPrincipalMinor),
    hasPrepaymentPenalty: m.hasPrepaymentPenalty,
    delinquency:
      d === null
        ? null
        : {
            delinquentSince: d.delinquentSince,
            daysDelinquent: d.daysDelinquent,
            history: d.history.map((row) => ({
              dueDate: row.dueDate,
              installmentNumber: row.installmentNumber,
              due: n(row.dueMinor),
              paid: n(row.paidMinor),
              remaining: n(row.remainingMinor),
            })),
            amountToBringCurrent: n(d.amountToBringCurrentMinor),
            riskNotice: d.riskNotice,
            lossMitigationNotice: d.lossMitigationNotice,
            foreclosureNotice: d.foreclosureNotice,
            counselingNotice: d.counselingNotice,
          },
  };
}

/**
 * Core's statement in the API's money convention (integer minor units, the currency once): what the
 * close stores and the API returns. Throws `UnsafeIntegerError` past 2^53 (never for real loans).
 *
 * @example const document = toStatementDocument(statement);
 */
export function toStatementDocument(statement: Statement): StatementDocument {
  return {
    format: statement.format,
    currency: statement.currency,
    statementDate: statement.statementDate,
    periodStart: statement.periodStart,
    periodEnd: statement.periodEnd,
    annualRatePercent: formatDecimal(statement.annualRatePercent),
    opening: balancesBody(statement.opening),
    closing: balancesBody(statement.closing),
    transactions: statement.lines.map(transactionBody),
    charges: n(statement.chargesMinor),
    credits: n(statement.creditsMinor),
    interestCharged: n(statement.interestChargedMinor),
    feesCharged: n(statement.feesChargedMinor),
    interestChargedYearToDate: n(statement.interestChargedYearToDateMinor),
    feesChargedYearToDate: n(statement.feesChargedYearToDateMinor),
    amountDue: amountDueBody(statement),
    daysPastDue: statement.daysPastDue,
    mortgage: mortgageBody(statement),
  };
}

/** A stored statement on the wire. @example toStatementBody(row).object // "statement" */
export function toStatementBody(row: LoanStatementRow): StatementBody {
  return {
    id: row.id,
    object: "statement",
    loanId: row.loanId,
    ...(row.document as StatementDocument),
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * The data of a `statement.issued` event: the statement's ids, period and totals (closing balances, amount and
 * date due, days past due), not its lines: a subscriber GETs the statement (or its PDF) for the rest.
 *
 * @example toStatementIssuedData(row).closing.total
 */
export function toStatementIssuedData(row: LoanStatementRow) {
  const document = row.document as StatementDocument;
  return {
    id: row.id,
    object: "statement" as const,
    loanId: row.loanId,
    format: document.format,
    currency: document.currency,
    statementDate: document.statementDate,
    periodStart: document.periodStart,
    periodEnd: document.periodEnd,
    closing: document.closing,
    amountDue: { dueDate: document.amountDue.dueDate, total: document.amountDue.total },
    daysPastDue: document.daysPastDue,
  };
}
