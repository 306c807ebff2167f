import type { LocalDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import { chargeOffLines, receiptLines } from "../ledger/index.js";
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
  chargePenaltyInterest(w, date);
  if (w.creditBalanceMinor > 0n && w.creditBalanceMinor >= owedMinor(w, date)) {
    return fail(
      "nothing_to_charge_off",
      `the credit balance of ${w.creditBalanceMinor} covers everything owed; refund it instead`,
      ["type"],
    );
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
  writeOffBalances(w, id, date, interestAccrued, isWriteOff);
  return ok(true);
}

function writeOffBalances(w: Working, id: string, date: LocalDate, interestAccrued: bigint, isWriteOff: boolean) {
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
  const parts = {
    principalMinor: w.principalBalanceMinor,
    interestMinor: interestDue + interestAccrued,
    feesMinor: fees,
    penaltiesMinor: penalties,
    creditMinor: 0n,
  };
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
