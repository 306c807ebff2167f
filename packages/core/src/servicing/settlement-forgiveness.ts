import type { LocalDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import { forgivenessLines } from "../ledger/index.js";
import { owedParts, setOffCredit } from "./charge-off.js";
import type { SettlementForgivenessEvent, SettlementTermEvent } from "./events.js";
import type { LoanState } from "./state.js";
import { post, type Working } from "./working.js";

/**
 * What a settlement is measured against on the state's date, minor units: for a loan on the books, its
 * payoff amount without the prepayment fee (principal, interest due, accrued and deferred, fees, penalties
 * and penalty interest accrued) less a credit balance held for the borrower; for a charged-off loan, the
 * amount charged off not yet recovered. 0 for a loan with nothing owed (paid off, closed, written off, settled,
 * pending).
 *
 * @example settlementBalanceOf(state) // 512_340n
 */
export function settlementBalanceOf(state: LoanState): bigint {
  if (state.status === "charged-off") {
    const unrecovered = (state.chargedOff?.totalMinor ?? 0n) - state.recoveredMinor;
    return unrecovered > 0n ? unrecovered : 0n;
  }
  if (state.status !== "active") return 0n;
  const { outstanding } = state;
  const owed =
    outstanding.totalMinor + state.accruedInterestMinor + state.deferredInterestMinor + state.accruedPenaltyMinor;
  const net = owed - state.creditBalanceMinor;
  return net > 0n ? net : 0n;
}

function forgiveChargedOff(w: Working, event: SettlementForgivenessEvent): Result<true> {
  const forgiven = (w.chargedOff?.totalMinor ?? 0n) - w.recoveredMinor;
  if (forgiven <= 0n) return fail("nothing_to_forgive", "the recoveries cover what was charged off", ["type"]);
  w.status = "settled";
  w.transactions.push({
    id: event.id,
    type: "settlement-forgiveness",
    date: event.effectiveDate,
    amountMinor: forgiven,
  });
  return ok(true);
}

/**
 * Applies a settlement's forgiveness: everything still owed on the date leaves the books (a credit balance set
 * off first; `forgivenessLines` under the event's id) and the loan is `settled`, final: no interest accrues,
 * nothing falls due, and days past due are 0. On a charged-off loan the unrecovered amount is forgiven with no
 * posting (it left the books at the charge-off). Fails with `loan_closed` on a loan that is not active or charged
 * off, `nothing_to_forgive` when nothing is owed.
 */
export function applySettlementForgiveness(w: Working, event: SettlementForgivenessEvent): Result<true> {
  const date: LocalDate = event.effectiveDate;
  if (w.status === "charged-off") return forgiveChargedOff(w, event);
  if (w.status !== "active") return fail("loan_closed", `a ${w.status} loan cannot be settled`, ["type"]);
  const interestAccrued = setOffCredit(w, event.id, date, "nothing_to_forgive");
  if (!interestAccrued.ok) return interestAccrued;
  const parts = owedParts(w, interestAccrued.value);
  const forgiven = parts.principalMinor + parts.interestMinor + parts.feesMinor + parts.penaltiesMinor;
  if (forgiven <= 0n) return fail("nothing_to_forgive", "nothing is owed on the loan", ["type"]);
  post(w, date, event.id, "settlement forgiveness", forgivenessLines(parts, w.loan.policy.accountingBasis));
  w.principalBalanceMinor = 0n;
  w.principalNotDueMinor = 0n;
  w.deferredInterestMinor = 0n;
  w.firstOpenIndex = w.nextDueIndex;
  w.status = "settled";
  w.transactions.push({
    id: event.id,
    type: "settlement-forgiveness",
    date,
    amountMinor: forgiven,
    allocation: parts,
  });
  return ok(true);
}

/**
 * Starts or ends a settlement in a replay: while one runs (`activeSettlementId`), a payment beyond what is due
 * is not charged the prepayment fee. A start needs money owed on or off the books (`loan_closed` otherwise); an
 * end clears the settlement it names (an end of another is `settlement_not_running`).
 */
export function applySettlementTerm(w: Working, event: SettlementTermEvent): Result<true> {
  if (event.phase === "start") {
    if (w.status !== "active" && w.status !== "charged-off") {
      return fail("loan_closed", `a ${w.status} loan cannot start a settlement`, ["type"]);
    }
    w.activeSettlementId = event.settlementId;
    return ok(true);
  }
  if (w.activeSettlementId !== event.settlementId) {
    return fail("settlement_not_running", `settlement ${event.settlementId} is not running on the loan`, [
      "settlementId",
    ]);
  }
  w.activeSettlementId = null;
  return ok(true);
}
