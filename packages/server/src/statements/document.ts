import type { LocalDate } from "@lendstack/core/calendar";
import { dec } from "@lendstack/core/money";
import type { PaymentParts, Statement, StatementBalances, StatementLineType } from "@lendstack/core/statements";
import type { StatementDocument } from "./schemas.js";

// The stored document (integer minor units as JSON numbers) back to core's statement (bigints), so the PDF is
// drawn by core's layout from exactly the figures the JSON shows. The close wrote every document with
// `toStatementDocument`; this is its inverse.

type WireBalances = StatementDocument["opening"];
type WireParts = StatementDocument["amountDue"]["regularPayment"];

const big = (value: number) => BigInt(value);
const day = (value: string) => value as LocalDate;

function balancesOf(b: WireBalances): StatementBalances {
  return {
    principalMinor: big(b.principal),
    interestMinor: big(b.interest),
    feesMinor: big(b.fees),
    unappliedMinor: big(b.unapplied),
    totalMinor: big(b.total),
  };
}

function partsOf(p: WireParts): PaymentParts {
  return {
    principalMinor: big(p.principal),
    interestMinor: big(p.interest),
    escrowMinor: big(p.escrow),
    feesMinor: big(p.fees),
    unappliedMinor: big(p.unapplied),
    totalMinor: big(p.total),
  };
}

function amountDueOf(d: StatementDocument["amountDue"]): Statement["amountDue"] {
  return {
    dueDate: d.dueDate === null ? null : day(d.dueDate),
    installmentNumber: d.installmentNumber,
    regularPayment: partsOf(d.regularPayment),
    pastDueMinor: big(d.pastDue),
    feesDueMinor: big(d.feesDue),
    unappliedCreditMinor: big(d.unappliedCredit),
    totalMinor: big(d.total),
    lateFee: d.lateFee === null ? null : { amountMinor: big(d.lateFee.amount), chargedOn: day(d.lateFee.chargedOn) },
  };
}

function mortgageOf(m: StatementDocument["mortgage"]): Statement["mortgage"] {
  if (m === null) return null;
  const d = m.delinquency;
  return {
    explanationOfAmountDue: {
      regularPayment: partsOf(m.explanationOfAmountDue.regularPayment),
      feesSinceLastStatementMinor: big(m.explanationOfAmountDue.feesSinceLastStatement),
      pastDueMinor: big(m.explanationOfAmountDue.pastDue),
      totalDueMinor: big(m.explanationOfAmountDue.totalDue),
    },
    paymentsSinceLastStatement: partsOf(m.paymentsSinceLastStatement),
    paymentsYearToDate: partsOf(m.paymentsYearToDate),
    partialPayment:
      m.partialPayment == null
        ? null
        : {
            unappliedMinor: big(m.partialPayment.unapplied),
            receivedSinceLastStatementMinor: big(m.partialPayment.receivedSinceLastStatement),
            explanation: m.partialPayment.explanation,
          },
    outstandingPrincipalMinor: big(m.outstandingPrincipal),
    hasPrepaymentPenalty: m.hasPrepaymentPenalty,
    delinquency:
      d === null
        ? null
        : {
            delinquentSince: day(d.delinquentSince),
            daysDelinquent: d.daysDelinquent,
            riskNotice: d.riskNotice,
            lossMitigationNotice: d.lossMitigationNotice,
            foreclosureNotice: d.foreclosureNotice,
            counselingNotice: d.counselingNotice,
            history: d.history.map((row) => ({
              dueDate: day(row.dueDate),
              installmentNumber: row.installmentNumber,
              dueMinor: big(row.due),
              paidMinor: big(row.paid),
              remainingMinor: big(row.remaining),
            })),
            amountToBringCurrentMinor: big(d.amountToBringCurrent),
          },
  };
}

/**
 * A stored statement document as core's `Statement` (for core's printable layout).
 *
 * @example const statement = statementFromDocument(row.document as StatementDocument);
 */
export function statementFromDocument(doc: StatementDocument): Statement {
  return {
    format: doc.format,
    currency: doc.currency,
    statementDate: day(doc.statementDate),
    periodStart: day(doc.periodStart),
    periodEnd: day(doc.periodEnd),
    annualRatePercent: dec(doc.annualRatePercent),
    opening: balancesOf(doc.opening),
    closing: balancesOf(doc.closing),
    lines: doc.transactions.map((t) => ({
      id: t.id,
      date: day(t.date),
      type: t.type as StatementLineType,
      description: t.description,
      amountMinor: big(t.amount),
      change: balancesOf(t.change),
      ...(t.reversedBy === null ? {} : { reversedById: t.reversedBy }),
    })),
    chargesMinor: big(doc.charges),
    creditsMinor: big(doc.credits),
    interestChargedMinor: big(doc.interestCharged),
    feesChargedMinor: big(doc.feesCharged),
    interestChargedYearToDateMinor: big(doc.interestChargedYearToDate),
    feesChargedYearToDateMinor: big(doc.feesChargedYearToDate),
    amountDue: amountDueOf(doc.amountDue),
    daysPastDue: doc.daysPastDue,
    mortgage: mortgageOf(doc.mortgage),
  };
}
