import { addMonths, daysBetween, type LocalDate } from "../calendar/index.js";
import { formatUsDate } from "../origination/index.js";
import type { LoanState } from "../servicing/index.js";
import { paymentParts } from "./amount-due.js";
import type {
  AmountDue,
  DelinquencyHistoryRow,
  DelinquencyInformation,
  MortgageDisclosures,
  PartialPaymentInformation,
  PaymentParts,
  StatementLine,
} from "./model.js";

/** § 1026.41(d)(8) applies to a consumer more than 45 days delinquent. */
export const DELINQUENCY_BOX_AFTER_DAYS = 45;

const RISK_NOTICE =
  "You are late on your mortgage payments. Failure to bring your loan current may result in fees and " +
  "foreclosure, the loss of your home.";
const LOSS_MITIGATION_NOTICE =
  "If you are experiencing financial difficulty, contact us about options that may be available, such as " +
  "a repayment plan, a payment holiday or a modification of your loan.";
const FORECLOSURE_NOTICE = "We have not made the first notice or filing required to start a foreclosure.";
const COUNSELING_NOTICE =
  "For a list of homeownership counselors or counseling organizations in your area, visit " +
  "www.consumerfinance.gov/mortgagehelp or call the U.S. Department of Housing and Urban Development " +
  "(HUD) at 1-800-569-4287.";

/**
 * The payments (and their reversals) among `lines`, as applied: the parts settled, the part kept
 * unapplied (suspense). A reversal takes its payment's parts back.
 *
 * @example paymentsApplied(statement.lines).totalMinor
 */
export function paymentsApplied(lines: ReadonlyArray<StatementLine>): PaymentParts {
  let principal = 0n;
  let interest = 0n;
  let fees = 0n;
  let unapplied = 0n;
  for (const line of lines) {
    if (line.type !== "payment" && line.type !== "payment-reversal") continue;
    principal -= line.change.principalMinor;
    interest -= line.change.interestMinor;
    fees -= line.change.feesMinor;
    unapplied += line.change.unappliedMinor;
  }
  return paymentParts(principal, interest, fees, unapplied);
}

/**
 * The history box: each due date of the last six months since the borrower became delinquent, what
 * it asked for, what was paid towards it, and what remains past due.
 */
function delinquencyHistory(state: LoanState, since: LocalDate, statementDate: LocalDate): DelinquencyHistoryRow[] {
  const from = addMonths(statementDate, -6);
  const rows: DelinquencyHistoryRow[] = [];
  for (const inst of state.installments) {
    if (!inst.hasFallenDue || inst.isSkipped || inst.dueDate < since || inst.dueDate <= from) continue;
    const dueMinor = inst.principalDueMinor + inst.interestDueMinor;
    const paidMinor = inst.principalPaidMinor + inst.interestPaidMinor;
    rows.push({
      dueDate: inst.dueDate,
      installmentNumber: inst.number,
      dueMinor,
      paidMinor,
      remainingMinor: dueMinor - paidMinor,
    });
  }
  return rows;
}

/**
 * The delinquency information of 12 CFR 1026.41(d)(8) on `statementDate`, or null when the borrower is not more
 * than 45 days delinquent.
 *
 * @example delinquencyOf(state, date("2025-05-01"), amountDueOf(state, date("2025-05-01")))?.daysDelinquent
 */
export function delinquencyOf(
  state: LoanState,
  statementDate: LocalDate,
  amountDue: AmountDue,
): DelinquencyInformation | null {
  // Delinquency begins on the due date of the oldest installment still unpaid (comment 41(d)(8)-1).
  const oldest = state.installments.find(
    (inst) =>
      inst.hasFallenDue &&
      !inst.isSkipped &&
      inst.principalDueMinor + inst.interestDueMinor > inst.principalPaidMinor + inst.interestPaidMinor,
  );
  if (oldest === undefined) return null;
  const daysDelinquent = daysBetween(oldest.dueDate, statementDate);
  if (daysDelinquent <= DELINQUENCY_BOX_AFTER_DAYS) return null;
  return {
    delinquentSince: oldest.dueDate,
    daysDelinquent,
    history: delinquencyHistory(state, oldest.dueDate, statementDate),
    amountToBringCurrentMinor: amountDue.pastDueMinor + amountDue.feesDueMinor,
    riskNotice: RISK_NOTICE,
    lossMitigationNotice: LOSS_MITIGATION_NOTICE,
    foreclosureNotice: FORECLOSURE_NOTICE,
    counselingNotice: COUNSELING_NOTICE,
  };
}

/**
 * The § 1026.41(d)(5) partial payment information: what the loan holds unapplied (its credit balance) and how it
 * gets applied. Replay applies held funds to amounts as they fall due unless the product refunds overpayments.
 *
 * @example partialPaymentOf(state, amountDue, sinceLast)?.unappliedMinor // 10_000n
 */
export function partialPaymentOf(
  state: LoanState,
  amountDue: AmountDue,
  sinceLastStatement: PaymentParts,
): PartialPaymentInformation | null {
  if (state.creditBalanceMinor <= 0n) return null;
  const received = sinceLastStatement.unappliedMinor > 0n ? sinceLastStatement.unappliedMinor : 0n;
  let explanation: string;
  if (state.loan.policy.overpayment === "refund") {
    explanation =
      "Unapplied funds are not applied to your payments under your loan's terms: they will be refunded to you.";
  } else if (amountDue.dueDate === null) {
    explanation =
      "Unapplied funds are applied automatically to amounts as they fall due; you do not need to do anything.";
  } else {
    explanation =
      `Unapplied funds are applied automatically to your next payment when it falls due on ` +
      `${formatUsDate(amountDue.dueDate)}; you do not need to do anything. If they are less than the payment, ` +
      "pay the rest by the due date.";
  }
  return { unappliedMinor: state.creditBalanceMinor, receivedSinceLastStatementMinor: received, explanation };
}

/**
 * The Regulation Z § 1026.41(d) contents of a mortgage statement (no escrow: its lines are 0).
 *
 * @see 12 CFR 1026.41(d)(2), (d)(3), (d)(5), (d)(7), (d)(8)
 * @example mortgageDisclosures(state, date("2026-06-01"), amountDue, lines, ytdLines, feesCharged)
 */
export function mortgageDisclosures(
  state: LoanState,
  statementDate: LocalDate,
  amountDue: AmountDue,
  lines: ReadonlyArray<StatementLine>,
  yearLines: ReadonlyArray<StatementLine>,
  feesChargedMinor: bigint,
): MortgageDisclosures {
  const sinceLastStatement = paymentsApplied(lines);
  return {
    explanationOfAmountDue: {
      regularPayment: amountDue.regularPayment,
      feesSinceLastStatementMinor: feesChargedMinor,
      pastDueMinor: amountDue.pastDueMinor,
      totalDueMinor: amountDue.totalMinor,
    },
    paymentsSinceLastStatement: sinceLastStatement,
    paymentsYearToDate: paymentsApplied(yearLines),
    partialPayment: partialPaymentOf(state, amountDue, sinceLastStatement),
    outstandingPrincipalMinor: state.outstanding.principalMinor,
    hasPrepaymentPenalty: state.loan.policy.prepaymentFee !== undefined,
    delinquency: delinquencyOf(state, statementDate, amountDue),
  };
}
