import { fail, ok, type Result } from "../errors/index.js";
import {
  disbursementLines,
  prepaidFeeLines,
  receiptLines,
  recoveryLines,
  refundLines,
  waiverLines,
} from "../ledger/index.js";
import { add, type Decimal, maxDecimal, minDecimal } from "../money/index.js";
import { toRateUnits } from "./accrual.js";
import {
  emptyReceipt,
  notDueMinor,
  payOff,
  prepayPrincipal,
  type Receipt,
  receiptParts,
  settleDue,
} from "./allocation.js";
import { chargeOff } from "./charge-off.js";
import { addCharge, prepaymentFeeMinor } from "./charges.js";
import type { DisbursementEvent, FeeWaiverEvent, LoanEvent, RateChangeEvent, RefundEvent } from "./events.js";
import { applyOpening } from "./opening.js";
import type { PrepaymentHandling } from "./policy.js";
import { checkPrepaymentChoice, handlePrepayment } from "./prepayment.js";
import { applyHoliday, applyReschedule } from "./restructure.js";
import { applyScraProtection, scraRateRefusal, scraRefusal } from "./scra.js";
import { applySettlementForgiveness } from "./settlement-forgiveness.js";
import { applyCredit, reamortize } from "./timeline.js";
import { chargeRemaining, isChargedOff, isOffBooks, post, setCharge, type Working } from "./working.js";

const okVoid: Result<true> = ok(true);

/** Statuses on which no new obligation can be created. */
export function isClosed(w: Working): boolean {
  return w.status === "paid-off" || w.status === "overpaid" || w.status === "closed" || isOffBooks(w);
}

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
 * next money received). Paying installments already due, or late, is never a prepayment.
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
  const payoffFee = left > 0n ? prepaymentFeeMinor(w.loan.policy, notDue, notDue) : 0n;
  const payoff = left > 0n ? notDueMinor(w) + payoffFee : 0n;
  if (payoff > 0n && left >= payoff) {
    left -= payOff(w, date, id, r);
    left = chargePrepaymentFee(w, id, date, payoffFee, left, r);
  } else if (left > 0n && w.loan.policy.overpayment === "apply-to-principal" && notDue > 0n) {
    const prepaid = prepayPrincipal(w, left, r);
    left -= prepaid;
    handlePrepayment(w, handling, prepaid);
    left = chargePrepaymentFee(w, id, date, prepaymentFeeMinor(w.loan.policy, prepaid, notDue), left, r);
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

function applyWaiver(w: Working, event: FeeWaiverEvent): Result<true> {
  if (w.status === "settled") return fail("loan_closed", "the loan is settled: nothing is owed", ["type"]);
  const index = w.charges.findIndex((c) => c.id === event.chargeId);
  const charge = w.charges[index];
  if (!charge) return fail("unknown_charge", `no fee ${event.chargeId} on this loan`, ["chargeId"]);
  if (event.amountMinor > chargeRemaining(charge)) {
    return fail(
      "waiver_exceeds_fee",
      `waiver ${event.amountMinor} exceeds the ${chargeRemaining(charge)} unpaid on ${charge.id}`,
      ["amountMinor"],
    );
  }
  setCharge(w, index, { waivedMinor: charge.waivedMinor + event.amountMinor });
  post(
    w,
    event.effectiveDate,
    event.id,
    "fee waived",
    waiverLines(charge.kind, event.amountMinor, w.loan.policy.accountingBasis),
  );
  w.transactions.push({ id: event.id, type: "fee-waiver", date: event.effectiveDate, amountMinor: event.amountMinor });
  return okVoid;
}

/** The rate an event sets: fixed, or index + margin clamped to [floor, cap]. */
export function rateOf(event: RateChangeEvent): Decimal {
  if (event.rate.kind === "fixed") return event.rate.annualRatePercent;
  let rate = add(event.rate.indexRatePercent, event.rate.marginPercent);
  if (event.rate.floorPercent) rate = maxDecimal(rate, event.rate.floorPercent);
  if (event.rate.capPercent) rate = minDecimal(rate, event.rate.capPercent);
  return rate;
}

function applyRateChange(w: Working, event: RateChangeEvent): Result<true> {
  if (w.loan.terms.interestMethod === "flat") {
    return fail("unsupported_terms", "a flat-interest loan has no variable rate; reschedule it instead", ["rate"]);
  }
  const rate = rateOf(event);
  if (rate.units < 0n || rate.scale > 10)
    return fail("invalid_rate", "the new rate must be ≥ 0 with at most 10 decimals", ["rate"]);
  const capped = scraRateRefusal(w, rate);
  if (capped) return capped;
  w.annualRatePercent = rate;
  w.accrual.rateUnits = toRateUnits(rate);
  reamortize(w);
  w.transactions.push({ id: event.id, type: "rate-change", date: event.effectiveDate, amountMinor: 0n });
  return okVoid;
}

const isFeeAmount = (value: unknown): value is bigint | undefined =>
  value === undefined || (typeof value === "bigint" && value >= 0n);

/** Checks the fees taken at a disbursement: whole minor units ≥ 0, and something left to pay out. */
function checkDisbursementFees(event: DisbursementEvent): Result<true> {
  if (!isFeeAmount(event.deductedFeesMinor))
    return fail("invalid_amount", "deductedFeesMinor must be a whole number of minor units ≥ 0", ["deductedFeesMinor"]);
  if (!isFeeAmount(event.prepaidFeesMinor))
    return fail("invalid_amount", "prepaidFeesMinor must be a whole number of minor units ≥ 0", ["prepaidFeesMinor"]);
  const deducted = event.deductedFeesMinor ?? 0n;
  if (deducted >= event.amountMinor) {
    return fail(
      "fees_exceed_disbursement",
      `fees of ${deducted} deducted from a disbursement of ${event.amountMinor} leave nothing to pay out`,
      ["deductedFeesMinor"],
      { amountMinor: event.amountMinor.toString(), deductedFeesMinor: deducted.toString() },
    );
  }
  return okVoid;
}

/** Books the disbursement (net of deducted fees) and a fee paid at closing; records each fee as paid. */
function postDisbursement(w: Working, event: DisbursementEvent): void {
  const date = event.effectiveDate;
  const deducted = event.deductedFeesMinor ?? 0n;
  const prepaid = event.prepaidFeesMinor ?? 0n;
  post(w, date, event.id, "disbursement", disbursementLines(event.amountMinor, deducted));
  w.transactions.push({ id: event.id, type: "disbursement", date, amountMinor: event.amountMinor });
  if (deducted > 0n) {
    w.transactions.push({ id: `${event.id}:deducted-fee`, type: "disbursement-fee", date, amountMinor: deducted });
  }
  if (prepaid > 0n) {
    post(w, date, event.id, "fee paid at closing", prepaidFeeLines(prepaid));
    w.transactions.push({ id: `${event.id}:prepaid-fee`, type: "disbursement-fee", date, amountMinor: prepaid });
  }
}

function applyDisbursement(w: Working, event: DisbursementEvent): Result<true> {
  const date = event.effectiveDate;
  if (isClosed(w)) return fail("loan_closed", "cannot disburse on a closed loan", ["type"]);
  const fees = checkDisbursementFees(event);
  if (!fees.ok) return fees;
  if (w.disbursedMinor + event.amountMinor > w.loan.terms.principalMinor) {
    return fail("disbursement_exceeds_principal", "disbursements exceed the loan amount", ["amountMinor"]);
  }
  const firstDue = w.installments[0]?.dueDate;
  if (w.status === "pending" && firstDue !== undefined && date >= firstDue) {
    return fail("invalid_disbursement_date", "the first disbursement must come before the first due date", [
      "effectiveDate",
    ]);
  }
  w.disbursedMinor += event.amountMinor;
  w.principalNotDueMinor += event.amountMinor;
  w.principalBalanceMinor += event.amountMinor;
  if (w.status === "pending") {
    w.status = "active";
    w.accrual.periodStart = date;
    w.accrual.through = date;
    w.accrual.periodDays = 0n;
  }
  if (w.disbursedMinor !== w.loan.terms.principalMinor || w.transactions.some((t) => t.type === "disbursement"))
    reamortize(w);
  postDisbursement(w, event);
  return okVoid;
}

function applyRefund(w: Working, event: RefundEvent): Result<true> {
  if (event.amountMinor > w.creditBalanceMinor) {
    return fail("refund_exceeds_credit", `refund exceeds the credit balance of ${w.creditBalanceMinor}`, [
      "amountMinor",
    ]);
  }
  w.creditBalanceMinor -= event.amountMinor;
  w.refundedMinor += event.amountMinor;
  post(w, event.effectiveDate, event.id, "refund", refundLines(event.amountMinor));
  w.transactions.push({ id: event.id, type: "refund", date: event.effectiveDate, amountMinor: event.amountMinor });
  return okVoid;
}

/** Applies one stored event (other than reversals). Returns a specific error for a bad event. */
export function applyEvent(w: Working, event: Exclude<LoanEvent, { type: "payment-reversal" }>): Result<true> {
  const date = event.effectiveDate;
  switch (event.type) {
    case "disbursement":
      return applyDisbursement(w, event);
    case "payment": {
      if (w.status === "settled") return fail("loan_closed", "the loan is settled: nothing is owed", ["type"]);
      if (isOffBooks(w)) return fail("loan_charged_off", "the loan is charged off; post a recovery instead", ["type"]);
      const handling = checkPrepaymentChoice(w.loan.policy, event.prepayment);
      if (!handling.ok) return handling;
      applyPayment(w, event.id, date, event.amountMinor, handling.value);
      return okVoid;
    }
    case "refund":
      return applyRefund(w, event);
    case "fee-charge":
      if (isClosed(w)) return fail("loan_closed", "cannot charge a fee on a closed loan", ["type"]);
      addCharge(w, { id: event.id, kind: "fee", label: event.feeType ?? "fee", date, amountMinor: event.amountMinor });
      w.transactions.push({ id: event.id, type: "fee-charge", date, amountMinor: event.amountMinor });
      applyCredit(w, date);
      return okVoid;
    case "fee-waiver":
      return applyWaiver(w, event);
    case "rate-change":
      if (isClosed(w)) return fail("loan_closed", "cannot change the rate of a closed loan", ["type"]);
      return applyRateChange(w, event);
    case "payment-holiday":
      if (isClosed(w)) return fail("loan_closed", "cannot defer a closed loan", ["type"]);
      return applyHoliday(w, event);
    case "reschedule":
      if (isClosed(w)) return fail("loan_closed", "cannot reschedule a closed loan", ["type"]);
      return applyReschedule(w, event);
    case "charge-off":
      if (isClosed(w)) return fail("loan_closed", "the loan is already closed or charged off", ["type"]);
      if (w.isScraProtected) return scraRefusal("charge-off");
      return chargeOff(w, event.id, date, false);
    case "recovery":
      if (!isChargedOff(w)) return fail("loan_not_charged_off", "a recovery needs a charged-off loan", ["type"]);
      w.recoveredMinor += event.amountMinor;
      post(w, date, event.id, "recovery", recoveryLines(event.amountMinor));
      w.transactions.push({ id: event.id, type: "recovery", date, amountMinor: event.amountMinor });
      return okVoid;
    case "opening-balance":
      if (w.status !== "pending")
        return fail("opening_not_first", "opening balances must be the loan's first event", ["type"]);
      return applyOpening(w, event);
    case "write-off":
      if (w.status === "written-off" || w.status === "settled" || (isClosed(w) && !isOffBooks(w)))
        return fail("loan_closed", "the loan is already closed", ["type"]);
      if (w.isScraProtected) return scraRefusal("write-off");
      if (w.status !== "charged-off") {
        const charged = chargeOff(w, event.id, date, true);
        if (!charged.ok) return charged;
      }
      w.status = "written-off";
      w.transactions.push({ id: event.id, type: "write-off", date, amountMinor: w.chargedOff?.totalMinor ?? 0n });
      return okVoid;
    case "scra-protection":
      return applyScraProtection(w, event.phase, date);
    case "settlement-forgiveness":
      return applySettlementForgiveness(w, event);
  }
}
