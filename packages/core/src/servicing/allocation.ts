import type { LocalDate } from "../calendar/index.js";
import type { ReceiptParts } from "../ledger/index.js";
import type { AllocationBucket } from "../products/index.js";
import { accruedMinor, crystallize } from "./interest.js";
import { chargePenaltyInterest } from "./penalty.js";
import type { AllocationLine } from "./state.js";
import { chargeRemaining, installmentRemaining, minBig, setCharge, setInstallment, type Working } from "./working.js";

/** A due item: an installment (principal, interest) or a charge (fees or penalties). */
interface Item {
  readonly date: LocalDate;
  readonly installment?: number;
  readonly charge?: number;
}

/** Mutable allocation result. */
export interface Receipt {
  principalMinor: bigint;
  interestMinor: bigint;
  feesMinor: bigint;
  penaltiesMinor: bigint;
  creditMinor: bigint;
  readonly lines: AllocationLine[];
}

export function emptyReceipt(): Receipt {
  return { principalMinor: 0n, interestMinor: 0n, feesMinor: 0n, penaltiesMinor: 0n, creditMinor: 0n, lines: [] };
}

export function receiptParts(r: Receipt): ReceiptParts {
  return {
    principalMinor: r.principalMinor,
    interestMinor: r.interestMinor,
    feesMinor: r.feesMinor,
    penaltiesMinor: r.penaltiesMinor,
    creditMinor: r.creditMinor,
  };
}

function dueItems(w: Working, date: LocalDate): Item[] {
  const items: Item[] = [];
  for (let i = w.firstOpenIndex; i < w.nextDueIndex; i++) {
    const installment = w.installments[i];
    if (installment && installmentRemaining(installment) > 0n)
      items.push({ date: installment.dueDate, installment: i });
  }
  if (w.charges.length === 0) return items;
  w.charges.forEach((charge, index) => {
    if (charge.dueDate > date || chargeRemaining(charge) === 0n) return;
    // A late or installment fee is settled with its installment (vertical allocation groups by date).
    const owner = charge.installmentNumber === undefined ? undefined : w.installments[charge.installmentNumber - 1];
    items.push({ date: owner?.dueDate ?? charge.dueDate, charge: index });
  });
  // Stable sort: installments before charges of the same date.
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Pays up to `left` of one bucket of one item; returns what was paid. */
function payBucket(w: Working, item: Item, bucket: AllocationBucket, left: bigint, r: Receipt): bigint {
  if (left === 0n) return 0n;
  if (item.installment !== undefined && (bucket === "principal" || bucket === "interest")) {
    const inst = w.installments[item.installment];
    if (!inst) return 0n;
    const owed =
      bucket === "principal"
        ? inst.principalDueMinor - inst.principalPaidMinor
        : inst.interestDueMinor - inst.interestPaidMinor;
    const paid = minBig(owed, left);
    if (paid <= 0n) return 0n;
    if (bucket === "principal") {
      setInstallment(w, item.installment, { principalPaidMinor: inst.principalPaidMinor + paid });
      r.principalMinor += paid;
      w.principalBalanceMinor -= paid;
    } else {
      setInstallment(w, item.installment, { interestPaidMinor: inst.interestPaidMinor + paid });
      r.interestMinor += paid;
    }
    r.lines.push({ target: inst.number, bucket, amountMinor: paid });
    return paid;
  }
  if (item.charge !== undefined) {
    const charge = w.charges[item.charge];
    if (!charge || (bucket === "fees") !== (charge.kind === "fee") || (bucket !== "fees" && bucket !== "penalties"))
      return 0n;
    const owed = chargeRemaining(charge);
    const paid = minBig(owed, left);
    if (paid <= 0n) return 0n;
    setCharge(w, item.charge, { paidMinor: charge.paidMinor + paid });
    if (bucket === "fees") r.feesMinor += paid;
    else r.penaltiesMinor += paid;
    r.lines.push({ target: charge.id, bucket, amountMinor: paid });
    return paid;
  }
  return 0n;
}

/**
 * Settles due items with `amountMinor` by the policy's waterfall: `vertical` takes due items
 * oldest date first and settles every bucket of that date (in waterfall order) before the next
 * date; `horizontal` settles each bucket across all due items, oldest first, before the next
 * bucket. Penalty interest accrued to `date` is charged first, so the waterfall can settle it.
 * Returns what is left over.
 */
export function settleDue(w: Working, amountMinor: bigint, date: LocalDate, r: Receipt): bigint {
  chargePenaltyInterest(w, date);
  let left = amountMinor;
  const items = dueItems(w, date);
  const { waterfall, allocation } = w.loan.policy;
  if (allocation === "horizontal") {
    for (const bucket of waterfall) for (const item of items) left -= payBucket(w, item, bucket, left, r);
  } else {
    let start = 0;
    while (start < items.length && left > 0n) {
      let end = start;
      while (end < items.length && items[end]?.date === items[start]?.date) end++;
      for (const bucket of waterfall) {
        for (let i = start; i < end; i++) {
          const item = items[i];
          if (item) left -= payBucket(w, item, bucket, left, r);
        }
      }
      start = end;
    }
  }
  advanceFirstOpen(w, date);
  return left;
}

/** Marks settled installments paid and moves the open cursor past them. */
export function advanceFirstOpen(w: Working, date: LocalDate): void {
  for (let i = w.firstOpenIndex; i < w.nextDueIndex; i++) {
    const inst = w.installments[i];
    if (!inst) break;
    if (!inst.isSkipped && installmentRemaining(inst) === 0n && inst.status !== "paid") {
      setInstallment(w, i, { status: "paid", paidDate: date });
    }
  }
  while (w.firstOpenIndex < w.nextDueIndex) {
    const inst = w.installments[w.firstOpenIndex];
    if (!inst || (!inst.isSkipped && installmentRemaining(inst) > 0n)) break;
    w.firstOpenIndex++;
  }
}

/** Principal + accrued + deferred interest that is not yet due: what a payoff adds to the due items. */
export function notDueMinor(w: Working): bigint {
  return w.principalNotDueMinor + accruedMinor(w) + w.deferredInterestMinor;
}

/**
 * Pays everything not yet due (a payoff): interest accrued to `date` is crystallized and paid,
 * then deferred interest, then the principal not yet due. Future installments are dropped.
 */
export function payOff(w: Working, date: LocalDate, eventId: string, r: Receipt): bigint {
  const interest = crystallize(w, date, eventId) + w.deferredInterestMinor;
  const principal = w.principalNotDueMinor;
  r.interestMinor += interest;
  r.principalMinor += principal;
  if (interest > 0n) r.lines.push({ target: "payoff", bucket: "interest", amountMinor: interest });
  if (principal > 0n) r.lines.push({ target: "payoff", bucket: "principal", amountMinor: principal });
  w.deferredInterestMinor = 0n;
  w.principalNotDueMinor = 0n;
  w.principalBalanceMinor -= principal;
  dropFutureInstallments(w);
  return interest + principal;
}

/**
 * Removes installments that have not fallen due (the loan is paid ahead). Kept while tranches are
 * still to come: their principal will need those installments.
 */
export function dropFutureInstallments(w: Working): void {
  if (w.disbursedMinor < w.loan.terms.principalMinor) return;
  w.installments.length = w.nextDueIndex;
}

/** Prepays principal not yet due. */
export function prepayPrincipal(w: Working, amountMinor: bigint, r: Receipt): bigint {
  const paid = minBig(amountMinor, w.principalNotDueMinor);
  if (paid <= 0n) return 0n;
  w.principalNotDueMinor -= paid;
  w.principalBalanceMinor -= paid;
  r.principalMinor += paid;
  r.lines.push({ target: "prepayment", bucket: "principal", amountMinor: paid });
  return paid;
}
