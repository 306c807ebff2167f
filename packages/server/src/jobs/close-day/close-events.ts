import type { LocalDate } from "@lendstack/core/calendar";
import type { LoanState } from "@lendstack/core/servicing";
import { noticesOn } from "@lendstack/core/statements";
import type { EventType } from "../../events/catalog.js";
import { toNoticeData } from "../../statements/notice-view.js";

/** What the previous close recorded about a loan (its latest snapshot before the date). */
export interface PreviousClose {
  readonly status: string;
  readonly delinquencyBucket: string;
  readonly isNonPerforming: boolean;
  /** Its date (notices cover what happened since). */
  readonly asOfDate?: string;
}

/** An event the daily close detected for one loan on one business date. */
export interface CloseEvent {
  readonly type: EventType;
  readonly data: Record<string, unknown>;
}

/** A loan never closed before starts current, performing and active. */
const FIRST_CLOSE: PreviousClose = { status: "active", delinquencyBucket: "current", isNonPerforming: false };

/** The loan as the close saw it, in the API's money convention (integer minor units, currency once). */
function loanFigures(loanId: string, state: LoanState) {
  return {
    loanId,
    status: state.status,
    currency: state.currency,
    daysPastDue: state.daysPastDue,
    delinquencyBucket: state.delinquencyBucket,
    isNonPerforming: state.isNonPerforming,
    principalBalance: Number(state.principalBalanceMinor),
    overdue: Number(state.overdue.totalMinor),
  };
}

/**
 * What the daily close of `date` detects for one loan, comparing its state with the previous close:
 * installments falling due that day, late fees assessed that day, a delinquency bucket change, the loan
 * becoming non-performing, the loan being paid off, and the notices the borrower is sent (`noticesOn`). Pure; the close records them with the snapshot.
 *
 * @example
 * detectCloseEvents("loan_…", state, previous, "2026-03-01"); // [{ type: "loan.installment_due", data: {…} }]
 */
export function detectCloseEvents(
  loanId: string,
  state: LoanState,
  previous: PreviousClose | undefined,
  date: LocalDate,
): CloseEvent[] {
  const before = previous ?? FIRST_CLOSE;
  const loan = loanFigures(loanId, state);
  const found: CloseEvent[] = [];
  for (const installment of state.installments) {
    if (installment.dueDate !== date || installment.isSkipped) continue;
    found.push({
      type: "loan.installment_due",
      data: {
        ...loan,
        installment: {
          number: installment.number,
          dueDate: installment.dueDate,
          planned: Number(installment.plannedMinor + installment.plannedFeesMinor),
        },
      },
    });
  }
  for (const charge of state.charges) {
    if (!charge.id.startsWith("late-fee:") || charge.dueDate !== date) continue;
    found.push({
      type: "loan.late_fee_assessed",
      data: { ...loan, fee: { id: charge.id, amount: Number(charge.amountMinor) } },
    });
  }
  if (state.delinquencyBucket !== before.delinquencyBucket) {
    found.push({
      type: "loan.delinquency_changed",
      data: { ...loan, previousDelinquencyBucket: before.delinquencyBucket },
    });
  }
  if (state.isNonPerforming && !before.isNonPerforming) found.push({ type: "loan.non_performing", data: loan });
  if (state.status === "paid-off" && before.status !== "paid-off") found.push({ type: "loan.paid_off", data: loan });
  const since = previous?.asOfDate === undefined ? null : (previous.asOfDate as LocalDate);
  for (const notice of noticesOn(state, date, since)) {
    const type = notice.kind === "late-payment" ? "notice.late_payment" : "notice.delinquency";
    found.push({ type, data: toNoticeData(loanId, notice) });
  }
  return found;
}
