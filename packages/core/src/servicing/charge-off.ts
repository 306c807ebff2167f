import type { LocalDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import { chargeOffLines, type ReceiptParts, receiptLines } from "../ledger/index.js";
import { emptyReceipt, notDueMinor, prepayPrincipal, receiptParts, settleDue } from "./allocation.js";
import { crystallize } from "./interest.js";
import { chargePenaltyInterest } from "./penalty.js";
import { chargeRemaining, installmentRemaining, minBig, post, type Working } from "./working.js";

/** Everything owed on `date`: what is due (any bucket) plus what is not yet due (principal, accrued and deferred interest). */
function owedMinor(w: Working, date: LocalDate): bigint {
  let owed = notDueMinor(w);
  for (let i = w.firstOpenIndex; i < w.nextDueIndex; i++) {
    const inst = w.installments[i];
    if (inst && !inst.isSkipped) owed += installmentRemaining(inst);
  }
  for (const charge of w.charges) if (charge.dueDate <= date) owed += chargeRemaining(charge);
  return owed;
}

/**
 * Charge-off (or a write-off not preceded by one): every balance leaves the books against the loss
 * allowance and accrual stops. Penalty interest accrued to `date` is charged first.
 *
 * A credit balance is the borrower's money held by the lender, so it is set off first, whatever
 * the overpayment rule: it settles what is due by the waterfall, then principal not yet due, then
 * the interest accrued to `date` (one `credit-application` transaction `<id>:credit`, journal
 * entries under the charge-off's id), and only the rest is charged off. When the credit covers
 * everything owed there is nothing to charge off: `nothing_to_charge_off` (post a refund or let it
 * close as paid instead).
 */
export function chargeOff(w: Working, id: string, date: LocalDate, isWriteOff: boolean): Result<true> {
  const interestAccrued = setOffCredit(w, id, date, "nothing_to_charge_off");
  if (!interestAccrued.ok) return interestAccrued;
  writeOffBalances(w, id, date, interestAccrued.value, isWriteOff);
  return ok(true);
}

/**
 * The first half of taking a loan off the books on `date` (a charge-off or a settlement's
 * forgiveness): charges penalty interest accrued so far, sets off a credit balance (by the waterfall,
 * then principal not yet due, then accrued interest; one `credit-application` transaction `<id>:credit`)
 * and crystallizes interest. Returns the interest accrued and deferred still owed, or `code` when the
 * credit balance covers everything owed (nothing to take off the books).
 */
export function setOffCredit(w: Working, id: string, date: LocalDate, code: string): Result<bigint> {
  chargePenaltyInterest(w, date);
  if (w.creditBalanceMinor > 0n && w.creditBalanceMinor >= owedMinor(w, date)) {
    return fail(code, `the credit balance of ${w.creditBalanceMinor} covers everything owed; refund it instead`, [
      "type",
    ]);
  }
  const r = emptyReceipt();
  let credit = w.creditBalanceMinor;
  if (credit > 0n) {
    credit = settleDue(w, credit, date, r);
    credit -= prepayPrincipal(w, credit, r);
  }
  let interestAccrued = crystallize(w, date, id) + w.deferredInterestMinor;
  const creditToInterest = minBig(credit, interestAccrued);
  if (creditToInterest > 0n) {
    interestAccrued -= creditToInterest;
    credit -= creditToInterest;
    r.interestMinor += creditToInterest;
    r.lines.push({ target: "charge-off", bucket: "interest", amountMinor: creditToInterest });
  }
  const usedMinor = w.creditBalanceMinor - credit;
  if (usedMinor > 0n) {
    w.creditBalanceMinor = credit;
    const parts = receiptParts(r);
    post(w, date, id, "credit balance applied", receiptLines(parts, w.loan.policy.accountingBasis, true));
    w.transactions.push({
      id: `${id}:credit`,
      type: "credit-application",
      date,
      amountMinor: usedMinor,
      allocation: parts,
      lines: r.lines,
    });
  }
  return ok(interestAccrued);
}

/** Everything owed after `setOffCredit`, by bucket: principal, interest due and accrued, fees, penalties. */
export function owedParts(w: Working, interestAccrued: bigint): ReceiptParts {
  let interestDue = 0n;
  for (let i = w.firstOpenIndex; i < w.nextDueIndex; i++) {
    const inst = w.installments[i];
    if (inst) interestDue += inst.interestDueMinor - inst.interestPaidMinor;
  }
  let fees = 0n;
  let penalties = 0n;
  for (const c of w.charges) {
    if (c.kind === "fee") fees += chargeRemaining(c);
    else penalties += chargeRemaining(c);
  }
  return {
    principalMinor: w.principalBalanceMinor,
    interestMinor: interestDue + interestAccrued,
    feesMinor: fees,
    penaltiesMinor: penalties,
    creditMinor: 0n,
  };
}

function writeOffBalances(w: Working, id: string, date: LocalDate, interestAccrued: bigint, isWriteOff: boolean) {
  const parts = owedParts(w, interestAccrued);
  const fees = parts.feesMinor;
  const penalties = parts.penaltiesMinor;
  const totalMinor = parts.principalMinor + parts.interestMinor + fees + penalties;
  w.chargedOff = {
    principalMinor: parts.principalMinor,
    interestMinor: parts.interestMinor,
    feesMinor: fees,
    penaltiesMinor: penalties,
    totalMinor,
  };
  w.deferredInterestMinor = 0n;
  post(w, date, id, "charge-off", chargeOffLines(parts, w.loan.policy.accountingBasis));
  w.status = "charged-off";
  if (!isWriteOff) w.transactions.push({ id, type: "charge-off", date, amountMinor: totalMinor });
}
