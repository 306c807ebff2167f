import { receiptLines } from "../ledger/index.js";
import {
  emptyReceipt,
  notDueMinor,
  payOff,
  prepayPrincipal,
  type Receipt,
  receiptParts,
  settleDue,
} from "./allocation.js";
import { addCharge, prepaymentFeeMinor } from "./charges.js";
import type { PrepaymentHandling } from "./policy.js";
import { handlePrepayment } from "./prepayment.js";
import { post, type Working } from "./working.js";

/**
 * A payment: settles what is due by the waterfall; what is left pays the loan off when it covers
 * everything not yet due (principal, interest accrued to today, deferred interest, and the
 * prepayment fee on the principal not yet due) whatever the overpayment rule; otherwise it prepays
 * principal (`apply-to-principal`, then re-amortizes for `reduce-installment`) or is held as a
 * credit balance. The allocation always sums to the amount.
 *
 * Prepayment fee: charged whenever a payment repays principal not yet due, i.e. ahead of
 * schedule: a payoff before the final due date (on all the principal not yet due, paid by the
 * payoff itself: the quote includes it) or a partial prepayment (on the principal it prepaid: a fee
 * due on the payment date, settled by the waterfall from what is left of this payment or from the
 * next money received). Paying installments already due, or late, is never a prepayment; nor is money paid while
 * a settlement runs (see `SettlementTermEvent`).
 */
export function applyPayment(
  w: Working,
  id: string,
  date: Working["asOf"],
  amountMinor: bigint,
  handling: PrepaymentHandling = w.loan.policy.prepayment,
): void {
  const r = emptyReceipt();
  let left = settleDue(w, amountMinor, date, r);
  const notDue = w.principalNotDueMinor;
  const feeOn = (prepaid: bigint) => (w.activeSettlementId ? 0n : prepaymentFeeMinor(w.loan.policy, prepaid, notDue));
  const payoffFee = left > 0n ? feeOn(notDue) : 0n;
  const payoff = left > 0n ? notDueMinor(w) + payoffFee : 0n;
  if (payoff > 0n && left >= payoff) {
    left -= payOff(w, date, id, r);
    left = chargePrepaymentFee(w, id, date, payoffFee, left, r);
  } else if (left > 0n && w.loan.policy.overpayment === "apply-to-principal" && notDue > 0n) {
    const prepaid = prepayPrincipal(w, left, r);
    left -= prepaid;
    handlePrepayment(w, handling, prepaid);
    left = chargePrepaymentFee(w, id, date, feeOn(prepaid), left, r);
  }
  if (left > 0n) {
    r.creditMinor += left;
    r.lines.push({ target: "credit", bucket: "credit", amountMinor: left });
    w.creditBalanceMinor += left;
  }
  const parts = receiptParts(r);
  post(w, date, id, "payment", receiptLines(parts, w.loan.policy.accountingBasis));
  w.transactions.push({ id, type: "payment", date, amountMinor, allocation: parts, lines: r.lines });
}

/** Charges a prepayment fee due on `date` and settles it from what is left of the payment. */
function chargePrepaymentFee(
  w: Working,
  paymentId: string,
  date: Working["asOf"],
  fee: bigint,
  left: bigint,
  r: Receipt,
): bigint {
  if (fee <= 0n) return left;
  const id = `prepayment-fee:${paymentId}`;
  addCharge(w, { id, kind: "fee", label: "prepayment fee", date, amountMinor: fee });
  w.transactions.push({ id, type: "prepayment-fee", date, amountMinor: fee });
  return left > 0n ? settleDue(w, left, date, r) : left;
}
