import { fail, ok, type Result } from "../errors/index.js";
import type { OpeningBalanceEvent, OpeningCharge, OpeningScheduledInstallment } from "./opening-event.js";
import type { Installment, LoanState } from "./state.js";
import { chargeRemaining, installmentRemaining, replayStateOf } from "./working.js";

function scheduledRow(inst: Installment): OpeningScheduledInstallment {
  return {
    dueDate: inst.dueDate,
    kind: inst.kind,
    plannedMinor: inst.plannedMinor,
    ...(inst.plannedInterestMinor > 0n ? { plannedInterestMinor: inst.plannedInterestMinor } : {}),
    ...(inst.plannedFeesMinor > 0n ? { plannedFeesMinor: inst.plannedFeesMinor } : {}),
    ...(inst.isInterestDeferred ? { isInterestDeferred: true } : {}),
    ...(inst.isSkipped && inst.holidayInterest ? { holidayInterest: inst.holidayInterest } : {}),
  };
}

/**
 * A replayed loan's balances as an opening-balance event dated on the state's date, with the exact
 * accrual cursors: a loan opened from it and replayed with the same later events has the state of
 * the original on every later date (balances, payoff, next installment, days past due). Only an
 * active loan has opening balances (`loan_not_active` otherwise).
 *
 * @example const opening = unwrap(openingBalanceOf(unwrap(replay(loan, events, date("2026-06-30"))), "opn_1"));
 */
export function openingBalanceOf(state: LoanState, id: string): Result<OpeningBalanceEvent> {
  if (state.status !== "active")
    return fail("loan_not_active", `a ${state.status} loan has no opening balances`, ["status"]);
  const cursors = replayStateOf(state);
  const open = state.installments.slice(cursors.firstOpenIndex, cursors.nextDueIndex);
  const due = open.flatMap((inst, k) => {
    if (inst.isSkipped || installmentRemaining(inst) === 0n) return [];
    const index = cursors.firstOpenIndex + k;
    return [
      {
        dueDate: inst.dueDate,
        principalMinor: inst.principalDueMinor - inst.principalPaidMinor,
        interestMinor: inst.interestDueMinor - inst.interestPaidMinor,
        isLateFeeAssessed: inst.isLateFeeAssessed || index < cursors.lateFeeIndex,
      },
    ];
  });
  const charges = state.charges.flatMap((charge): OpeningCharge[] => {
    const amountMinor = chargeRemaining(charge);
    if (amountMinor <= 0n) return [];
    const owner = charge.installmentNumber === undefined ? undefined : state.installments[charge.installmentNumber - 1];
    const { kind, label, dueDate } = charge;
    return [{ kind, label, dueDate, amountMinor, ...(owner ? { installmentDueDate: owner.dueDate } : {}) }];
  });
  return ok({
    id,
    type: "opening-balance",
    effectiveDate: state.asOf,
    annualRatePercent: state.annualRatePercent,
    principalMinor: state.principalBalanceMinor,
    due,
    schedule: state.installments.slice(cursors.nextDueIndex).map(scheduledRow),
    charges,
    accrualStartDate: cursors.accrual.periodStart,
    accruedInterestMinor: state.accruedInterestMinor,
    ...(state.deferredInterestMinor > 0n ? { deferredInterestMinor: state.deferredInterestMinor } : {}),
    ...(state.accruedPenaltyMinor > 0n ? { accruedPenaltyMinor: state.accruedPenaltyMinor } : {}),
    ...(state.creditBalanceMinor > 0n ? { creditBalanceMinor: state.creditBalanceMinor } : {}),
    gridStartDate: cursors.dueDateAnchor.firstDueDate,
    exact: {
      denominatorUnits: cursors.accrual.denominator,
      interestScaledUnits: cursors.accrual.scaled,
      penaltyScaledUnits: cursors.penaltyAccrual.remainderScaled,
      penaltyThrough: cursors.penaltyAccrual.through,
    },
  });
}
