import { addDays, daysBetween, type LocalDate } from "../calendar/index.js";
import type { LoanState } from "../servicing/index.js";
import { amountDueOf } from "./amount-due.js";
import { previousCycleEnd } from "./cycle.js";
import type { DelinquencyInformation } from "./model.js";
import { DELINQUENCY_BOX_AFTER_DAYS, delinquencyOf } from "./mortgage.js";

/** `late-payment`: a late fee was charged; `delinquency`: a mortgage became more than 45 days delinquent. */
export type NoticeKind = "late-payment" | "delinquency";

/**
 * A notice to the borrower, dated the day the daily close found its cause: the late installment (or the
 * oldest unpaid one), the late fee charged, what is past due and what it takes to bring the loan
 * current. Minor units. A delinquency notice carries the § 1026.41(d)(8) information.
 */
export interface Notice {
  readonly kind: NoticeKind;
  readonly noticeDate: LocalDate;
  readonly currency: string;
  readonly installmentNumber: number | null;
  readonly dueDate: LocalDate | null;
  readonly lateFeeMinor: bigint;
  readonly pastDueMinor: bigint;
  readonly feesDueMinor: bigint;
  /** Past due plus fees due, less unapplied funds that settle them. */
  readonly amountToBringCurrentMinor: bigint;
  readonly daysPastDue: number;
  readonly delinquency: DelinquencyInformation | null;
}

/**
 * The notices the close of `date` sends for a loan replayed to `date`, for what happened since the loan's
 * previous close (`since`; the day before `date` by default): a late-payment notice for each late fee
 * charged, and, for a mortgage (`statementFormat: "mortgage"`), a delinquency notice when it became more
 * than 45 days delinquent. A loan's first close (`since: null`, e.g. a loan boarded with its history) sends
 * one for each late fee of the current cycle (after the previous due date), and the delinquency notice if it
 * is already past 45 days.
 *
 * @example noticesOn(unwrap(replay(loan, events, date("2025-03-17"))), date("2025-03-17"))[0]?.kind === "late-payment"
 */
export function noticesOn(state: LoanState, date: LocalDate, since: LocalDate | null = addDays(date, -1)): Notice[] {
  if (state.status === "charged-off" || state.status === "written-off") return [];
  const due = amountDueOf(state, date);
  const toCure = due.pastDueMinor + due.feesDueMinor;
  const credit = state.loan.policy.overpayment === "refund" ? 0n : state.creditBalanceMinor;
  const base = {
    noticeDate: date,
    currency: state.currency,
    pastDueMinor: due.pastDueMinor,
    feesDueMinor: due.feesDueMinor,
    amountToBringCurrentMinor: toCure > credit ? toCure - credit : 0n,
    daysPastDue: state.daysPastDue,
  };
  const notices: Notice[] = [];
  const firstCloseCutoff = previousCycleEnd(state, date);
  for (const charge of state.charges) {
    if (!charge.id.startsWith("late-fee:") || charge.dueDate > date) continue;
    if (charge.dueDate <= (since ?? firstCloseCutoff)) continue;
    const installment = state.installments.find((inst) => inst.number === charge.installmentNumber);
    notices.push({
      ...base,
      kind: "late-payment",
      installmentNumber: installment?.number ?? null,
      dueDate: installment?.dueDate ?? null,
      lateFeeMinor: charge.amountMinor,
      delinquency: null,
    });
  }
  if (state.loan.policy.statementFormat === "mortgage") {
    const delinquency = delinquencyOf(state, date, due);
    const daysBefore = since === null ? 0 : (delinquency?.daysDelinquent ?? 0) - daysBetween(since, date);
    if (delinquency !== null && daysBefore <= DELINQUENCY_BOX_AFTER_DAYS) {
      notices.push({
        ...base,
        kind: "delinquency",
        installmentNumber: null,
        dueDate: delinquency.delinquentSince,
        lateFeeMinor: 0n,
        delinquency,
      });
    }
  }
  return notices;
}
