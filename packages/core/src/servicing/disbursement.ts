import { fail, ok, type Result } from "../errors/index.js";
import { disbursementLines, prepaidFeeLines } from "../ledger/index.js";
import type { DisbursementEvent } from "./events.js";
import { applyPayment } from "./payment.js";
import { advanceTo, reamortize } from "./timeline.js";
import { isClosed, post, type Working } from "./working.js";

const okVoid: Result<true> = ok(true);

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

/**
 * A first disbursement comes before the first due date; with a down payment (installment 1, due on the disbursement
 * date) it comes on that date and pays out at least the down payment.
 */
function checkFirstDisbursement(w: Working, event: DisbursementEvent): Result<true> {
  const firstDue = w.installments[0]?.dueDate;
  const down = w.loan.terms.downPayment;
  if (down === undefined) {
    if (firstDue === undefined || event.effectiveDate < firstDue) return okVoid;
    return fail("invalid_disbursement_date", "the first disbursement must come before the first due date", [
      "effectiveDate",
    ]);
  }
  if (event.effectiveDate !== firstDue) {
    return fail(
      "invalid_disbursement_date",
      `a loan with a down payment is first disbursed on ${firstDue}, when the down payment falls due`,
      ["effectiveDate"],
    );
  }
  if (event.amountMinor < down.amountMinor) {
    return fail("invalid_amount", `the first disbursement must be at least the down payment of ${down.amountMinor}`, [
      "amountMinor",
    ]);
  }
  return okVoid;
}

/**
 * Books a disbursement; the first one of a loan whose down payment is collected at once also collects it: the
 * down payment falls due and a payment `<disbursement id>:down-payment` of its amount settles it the same day.
 */
export function applyDisbursement(w: Working, event: DisbursementEvent): Result<true> {
  const date = event.effectiveDate;
  if (isClosed(w)) return fail("loan_closed", "cannot disburse on a closed loan", ["type"]);
  const fees = checkDisbursementFees(event);
  if (!fees.ok) return fees;
  if (w.disbursedMinor + event.amountMinor > w.loan.terms.principalMinor) {
    return fail("disbursement_exceeds_principal", "disbursements exceed the loan amount", ["amountMinor"]);
  }
  if (w.status === "pending") {
    const first = checkFirstDisbursement(w, event);
    if (!first.ok) return first;
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
  const down = w.loan.terms.downPayment;
  if (down?.isCollectedAtDisbursement === true && w.nextDueIndex === 0) {
    advanceTo(w, date);
    applyPayment(w, `${event.id}:down-payment`, date, down.amountMinor);
  }
  return okVoid;
}
