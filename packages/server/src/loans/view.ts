import type { TrialBalance } from "@lendstack/core/ledger";
import { formatDecimal } from "@lendstack/core/money";
import type { Buckets, Installment, LoanState, PayoffQuote, Transaction } from "@lendstack/core/servicing";
import { decodeStored } from "../db/corrupt-record.js";
import type { LoanEventRow, LoanRow } from "../db/schema/index.js";
import { toJsonInteger } from "../http/safe-integer.js";
import type { LoanChange } from "./append-event.js";
import { rowToEvent } from "./codec.js";
import { loanStatusSchema } from "./schemas.js";
import { storedBoardingSchema, storedTermsSchema } from "./stored-schemas.js";

// Core values -> wire JSON: minor units become JSON integers (checked to be exact) named without core's `Minor`
// suffix, beside the loan's one currency; rates become decimal strings.

/** Minor units as a JSON integer; beyond 2^53 − 1 the view is 422 `unsafe_integer` (http/safe-integer.ts). */
const wire = (minor: bigint): number => toJsonInteger(minor, "loan");

function buckets(b: Buckets) {
  return {
    principal: wire(b.principalMinor),
    interest: wire(b.interestMinor),
    fees: wire(b.feesMinor),
    penalties: wire(b.penaltiesMinor),
    total: wire(b.totalMinor),
  };
}

/** @example toLoanBody(row) */
export function toLoanBody(row: LoanRow) {
  const at = (column: string) => ({ table: "loans", id: row.id, column });
  const terms = decodeStored(storedTermsSchema, row.terms, at("terms"));
  const boarding = decodeStored(storedBoardingSchema, row.boarding, at("boarding"));
  const fee = boarding.originationFee;
  return {
    id: row.id,
    productId: row.productId,
    productVersion: row.productVersion,
    status: decodeStored(loanStatusSchema, row.status, at("status")),
    version: row.version,
    currency: row.currency,
    principal: wire(row.principalMinor),
    requestedAmount: wire(boarding.requestedAmountMinor ?? row.principalMinor),
    originationFee: fee === undefined ? null : { amount: wire(fee.amountMinor), treatment: fee.treatment },
    ratePercent: terms.annualRatePercent,
    numberOfPayments: terms.numberOfPayments,
    frequency: terms.frequency,
    disbursementDate: terms.disbursementDate,
    firstPaymentDate: terms.firstPaymentDate,
    externalReference: row.externalReference,
    borrowerReference: row.borrowerReference,
    decisionId: row.decisionId,
    applicationId: row.applicationId,
    offerId: row.offerId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** @example toLoanStateBody(row, state) */
export function toLoanStateBody(row: LoanRow, state: LoanState) {
  // Object.assign, not `{ ...toLoanBody(row), … }`: V8 builds that spread and these fields after it on a slow
  // path, about 40 µs a call (1 % of a payment's CPU). The keys keep the same order: `status` stays in place.
  return Object.assign(toLoanBody(row), {
    // The status as of the replay's date: a pending loan (disbursement after the day it was boarded) is active
    // from its disbursement date, before the daily close updates the row.
    status: state.status,
    asOf: state.asOf,
    annualRatePercent: formatDecimal(state.annualRatePercent),
    disbursed: wire(state.disbursedMinor),
    outstanding: buckets(state.outstanding),
    overdue: buckets(state.overdue),
    principalBalance: wire(state.principalBalanceMinor),
    accruedInterest: wire(state.accruedInterestMinor),
    deferredInterest: wire(state.deferredInterestMinor),
    creditBalance: wire(state.creditBalanceMinor),
    daysPastDue: state.daysPastDue,
    delinquencyBucket: state.delinquencyBucket,
    isNonPerforming: state.isNonPerforming,
    nextDue: state.nextDue === null ? null : { date: state.nextDue.date, amount: wire(state.nextDue.amountMinor) },
    chargedOff: state.chargedOff === null ? null : buckets(state.chargedOff),
    recovered: wire(state.recoveredMinor),
    charges: state.charges.map((charge) => ({
      id: charge.id,
      kind: charge.kind,
      label: charge.label,
      dueDate: charge.dueDate,
      amount: wire(charge.amountMinor),
      paid: wire(charge.paidMinor),
      waived: wire(charge.waivedMinor),
    })),
  });
}

/** @example state.installments.map(toInstallmentBody) */
export function toInstallmentBody(installment: Installment) {
  return {
    number: installment.number,
    dueDate: installment.dueDate,
    status: installment.status,
    kind: installment.kind,
    planned: wire(installment.plannedMinor),
    plannedFees: wire(installment.plannedFeesMinor),
    principalDue: wire(installment.principalDueMinor),
    interestDue: wire(installment.interestDueMinor),
    principalPaid: wire(installment.principalPaidMinor),
    interestPaid: wire(installment.interestPaidMinor),
    paidDate: installment.paidDate ?? null,
  };
}

/** @example state.transactions.map(toTransactionBody) */
export function toTransactionBody(transaction: Transaction) {
  const parts = transaction.allocation;
  return {
    id: transaction.id,
    type: transaction.type,
    date: transaction.date,
    amount: wire(transaction.amountMinor),
    allocation:
      parts === undefined
        ? null
        : {
            principal: wire(parts.principalMinor),
            interest: wire(parts.interestMinor),
            fees: wire(parts.feesMinor),
            penalties: wire(parts.penaltiesMinor),
            credit: wire(parts.creditMinor),
          },
    reversedById: transaction.reversedById ?? null,
  };
}

/** @example toScheduleBody(loanId, state) */
export function toScheduleBody(loanId: string, state: LoanState) {
  return {
    loanId,
    asOf: state.asOf,
    currency: state.currency,
    installments: state.installments.map(toInstallmentBody),
  };
}

/** @example toTransactionsBody(loanId, state) */
export function toTransactionsBody(loanId: string, state: LoanState) {
  return { loanId, asOf: state.asOf, currency: state.currency, data: state.transactions.map(toTransactionBody) };
}

/** @example toJournalBody(loanId, state) */
export function toJournalBody(loanId: string, state: LoanState) {
  return {
    loanId,
    asOf: state.asOf,
    data: state.journal.map((entry) => ({
      id: entry.id,
      date: entry.date,
      eventId: entry.eventId,
      currency: entry.currency,
      memo: entry.memo,
      reversesEntryId: entry.reversesEntryId ?? null,
      lines: entry.lines.map((line) => ({
        account: line.account,
        debit: wire(line.debitMinor),
        credit: wire(line.creditMinor),
      })),
    })),
  };
}

/** @example toTrialBalanceBody(loanId, trialBalance(state.journal, state.asOf)) */
export function toTrialBalanceBody(loanId: string, balance: TrialBalance) {
  return {
    loanId,
    asOf: balance.asOf,
    rows: balance.rows.map((row) => ({
      currency: row.currency,
      account: row.account,
      debit: wire(row.debitMinor),
      credit: wire(row.creditMinor),
      balance: wire(row.balanceMinor),
    })),
    totals: balance.totals.map((total) => ({
      currency: total.currency,
      debit: wire(total.debitMinor),
      credit: wire(total.creditMinor),
      balance: wire(total.balanceMinor),
    })),
  };
}

/** @example toPayoffBody(row, quote) */
export function toPayoffBody(row: LoanRow, quote: PayoffQuote) {
  const b = quote.breakdown;
  return {
    loanId: row.id,
    currency: row.currency,
    amount: wire(quote.amountMinor),
    perDiem: wire(quote.perDiemMinor),
    goodThroughDate: quote.goodThroughDate,
    breakdown: {
      principal: wire(b.principalMinor),
      interest: wire(b.interestMinor),
      fees: wire(b.feesMinor),
      penalties: wire(b.penaltiesMinor),
      creditBalance: wire(b.creditBalanceMinor),
    },
  };
}

/** @example toChangeBody(change) */
export function toChangeBody(change: LoanChange) {
  return {
    event: {
      id: change.event.id,
      type: change.event.type,
      effectiveDate: change.event.effectiveDate,
      sequence: change.sequence,
      recordedAt: change.recordedAt === null ? null : change.recordedAt.toISOString(),
    },
    loan: toLoanStateBody(change.row, change.state),
  };
}

/** A stored payload field's name on the wire: core's `…Minor` amounts lose the suffix (`nsfFeeMinor` → `nsfFee`). */
function wireName(key: string): string {
  return key.endsWith("Minor") ? key.slice(0, -"Minor".length) : key;
}

/** A stored payload on the wire: `…Minor` strings become JSON integers named without the suffix; nested likewise. */
function wirePayload(value: unknown, key = ""): unknown {
  if (typeof value === "string" && key.endsWith("Minor")) return wire(BigInt(value));
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, field]) => [wireName(k), wirePayload(field, k)]));
  }
  return value;
}

/** @example toEventLogBody(loanId, rows) */
export function toEventLogBody(loanId: string, rows: ReadonlyArray<LoanEventRow>) {
  // Each row is decoded first, so a corrupt one is a `corrupt_record`, not a half-read payload.
  for (const row of rows) rowToEvent(row);
  return {
    loanId,
    data: rows.map((row) => ({
      id: row.eventId,
      type: row.type,
      effectiveDate: row.effectiveDate,
      sequence: row.sequence,
      recordedAt: row.recordedAt.toISOString(),
      recordedBy: row.recordedBy,
      reversesEventId: row.reversesEventId,
      details: wirePayload(row.payload) as Record<string, unknown>,
    })),
  };
}
