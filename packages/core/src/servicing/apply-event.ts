import { fail, ok, type Result } from "../errors/index.js";
import { recoveryLines, refundLines, waiverLines } from "../ledger/index.js";
import { add, type Decimal, maxDecimal, minDecimal } from "../money/index.js";
import { toRateUnits } from "./accrual.js";
import { chargeOff } from "./charge-off.js";
import { addCharge } from "./charges.js";
import { applyDisbursement } from "./disbursement.js";
import type { FeeWaiverEvent, LoanEvent, RateChangeEvent, RefundEvent } from "./events.js";
import { applyOpening } from "./opening.js";
import { applyPayment } from "./payment.js";
import { checkPrepaymentChoice } from "./prepayment.js";
import { applyHoliday, applyReschedule } from "./restructure.js";
import { applyScraProtection, scraRateRefusal, scraRefusal } from "./scra.js";
import { applySettlementForgiveness, applySettlementTerm } from "./settlement-forgiveness.js";
import { applyCredit, reamortize } from "./timeline.js";
import { chargeRemaining, isChargedOff, isClosed, isOffBooks, post, setCharge, type Working } from "./working.js";

const okVoid: Result<true> = ok(true);

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
    case "settlement":
      return applySettlementTerm(w, event);
    case "settlement-forgiveness":
      return applySettlementForgiveness(w, event);
  }
}
