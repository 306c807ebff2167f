import { addBusinessDays, type LocalDate, minDate, parseLocalDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import type { ComplianceCheckResult } from "./check-result.js";
import { type CreditorBusinessDays, generalBusinessDays, tridSpecificBusinessDays } from "./trid-business-days.js";

/**
 * How a disclosure was provided. Mail and e-delivery are deemed received 3 specific business days later.
 *
 * @example const method: DisclosureDeliveryMethod = "mail";
 */
export type DisclosureDeliveryMethod = "in-person" | "mail" | "electronic";

/** Business-day counts of § 1026.19 as data. @example tridTimingRules.closingDisclosureWaitBusinessDays === 3 */
export const tridTimingRules = {
  loanEstimateDeliveryBusinessDays: 3,
  loanEstimateBeforeConsummationBusinessDays: 7,
  closingDisclosureWaitBusinessDays: 3,
  mailboxBusinessDays: 3,
  citations: {
    loanEstimateDelivery: { source: "12 CFR 1026.19(e)(1)(iii)(A) (general business days)" },
    loanEstimateWait: { source: "12 CFR 1026.19(e)(1)(iii)(B) (specific business days)" },
    closingDisclosure: { source: "12 CFR 1026.19(f)(1)(ii)(A) and (f)(1)(iii) (specific business days)" },
  },
} as const;

const specific = tridSpecificBusinessDays();
const firstYear = 1986;
const lastYear = 9997;

function checkDate(value: LocalDate, field: string): Result<LocalDate> {
  const parsed = parseLocalDate(value, [field]);
  if (!parsed.ok) return parsed;
  const year = Number(value.slice(0, 4));
  if (year < firstYear || year > lastYear) {
    return fail("date_out_of_range", `${field} must be in ${firstYear}-${lastYear}`, [field]);
  }
  return parsed;
}

/**
 * When a disclosure is received: the day it is handed over in person; otherwise 3 specific business
 * days after it is mailed or sent, unless there is evidence of earlier receipt (the mailbox rule).
 * Fails with `invalid_date`, `date_out_of_range`, `invalid_delivery_method`, `invalid_receipt_date`.
 *
 * @see 12 CFR 1026.19(e)(1)(iv) and (f)(1)(iii)
 * @example disclosureReceivedDate({ providedDate: date("2026-11-24"), deliveryMethod: "mail" }) // ok("2026-11-28")
 */
export function disclosureReceivedDate(input: {
  readonly providedDate: LocalDate;
  readonly deliveryMethod: DisclosureDeliveryMethod;
  readonly evidencedReceiptDate?: LocalDate;
}): Result<LocalDate> {
  const provided = checkDate(input.providedDate, "providedDate");
  if (!provided.ok) return provided;
  if (input.deliveryMethod === "in-person") return provided;
  if (input.deliveryMethod !== "mail" && input.deliveryMethod !== "electronic") {
    return fail("invalid_delivery_method", 'deliveryMethod must be "in-person", "mail" or "electronic"', [
      "deliveryMethod",
    ]);
  }
  const deemed = addBusinessDays(provided.value, tridTimingRules.mailboxBusinessDays, specific);
  if (input.evidencedReceiptDate === undefined) return ok(deemed);
  const evidenced = checkDate(input.evidencedReceiptDate, "evidencedReceiptDate");
  if (!evidenced.ok) return evidenced;
  if (evidenced.value < provided.value) {
    return fail("invalid_receipt_date", "a disclosure cannot be received before it is provided", [
      "evidencedReceiptDate",
    ]);
  }
  return ok(minDate(evidenced.value, deemed));
}

/**
 * The last day to deliver or mail the Loan Estimate: the 3rd general business day (a day the
 * creditor is open) after it receives the application.
 *
 * @see 12 CFR 1026.19(e)(1)(iii)(A)
 * @example loanEstimateDeadline(date("2026-11-25"), creditorClosedOnFederalHolidays(2026, 2026)) // ok("2026-12-01")
 */
export function loanEstimateDeadline(applicationDate: LocalDate, creditor: CreditorBusinessDays): Result<LocalDate> {
  const application = checkDate(applicationDate, "applicationDate");
  if (!application.ok) return application;
  const calendar = generalBusinessDays(creditor);
  return ok(addBusinessDays(application.value, tridTimingRules.loanEstimateDeliveryBusinessDays, calendar));
}

/**
 * Loan Estimate timing: provided no later than the 3rd general business day after application and,
 * when a consummation date is given, no later than the 7th specific business day before it.
 * Codes: `loan_estimate_timely`, `loan_estimate_late`, `loan_estimate_seven_day_wait_not_met`.
 *
 * @see 12 CFR 1026.19(e)(1)(iii)(A)-(B)
 * @example
 * checkLoanEstimateTiming({ applicationDate: date("2026-11-25"), providedDate: date("2026-12-02"), creditor: creditorClosedOnFederalHolidays(2026, 2026) })
 * // ok({ passed: false, code: "loan_estimate_late", … }) — the deadline was 2026-12-01
 */
export function checkLoanEstimateTiming(input: {
  readonly applicationDate: LocalDate;
  readonly providedDate: LocalDate;
  readonly consummationDate?: LocalDate;
  readonly creditor: CreditorBusinessDays;
}): Result<ComplianceCheckResult> {
  const deadline = loanEstimateDeadline(input.applicationDate, input.creditor);
  if (!deadline.ok) return deadline;
  const provided = checkDate(input.providedDate, "providedDate");
  if (!provided.ok) return provided;
  const isTimely = provided.value <= deadline.value;
  const values: Record<string, string> = {
    applicationDate: input.applicationDate,
    providedDate: provided.value,
    deliveryDeadline: deadline.value,
  };
  let meetsWait = true;
  if (input.consummationDate !== undefined) {
    const consummation = checkDate(input.consummationDate, "consummationDate");
    if (!consummation.ok) return consummation;
    const earliest = addBusinessDays(
      provided.value,
      tridTimingRules.loanEstimateBeforeConsummationBusinessDays,
      specific,
    );
    meetsWait = consummation.value >= earliest;
    values.consummationDate = consummation.value;
    values.earliestConsummationDate = earliest;
  }
  const code = !isTimely
    ? "loan_estimate_late"
    : meetsWait
      ? "loan_estimate_timely"
      : "loan_estimate_seven_day_wait_not_met";
  const citations = tridTimingRules.citations;
  return ok({
    check: "trid_loan_estimate_timing",
    passed: isTimely && meetsWait,
    code,
    message: !isTimely
      ? `Loan Estimate provided ${provided.value}, after the deadline ${deadline.value}`
      : meetsWait
        ? "Loan Estimate provided on time"
        : `consummation ${values.consummationDate} is before ${values.earliestConsummationDate}, 7 specific business days after the Loan Estimate`,
    values,
    citation: !isTimely || meetsWait ? citations.loanEstimateDelivery : citations.loanEstimateWait,
  });
}

/**
 * Closing Disclosure timing: the consumer must receive it at least 3 specific business days before
 * consummation, so consummation may happen on the 3rd specific business day after receipt
 * (received Monday → consummation Thursday). Mailed or e-delivered disclosures are deemed received
 * 3 specific business days after sending. Codes: `closing_disclosure_timely`,
 * `closing_disclosure_waiting_period_not_met`.
 *
 * @see 12 CFR 1026.19(f)(1)(ii)(A), (f)(1)(iii); 1026.2(a)(6)
 * @example
 * checkClosingDisclosureTiming({ providedDate: date("2026-11-25"), deliveryMethod: "in-person", consummationDate: date("2026-11-30") })
 * // ok({ passed: true, … }) — Fri 27, Sat 28, Mon 30 (Thanksgiving and Sunday skipped)
 */
export function checkClosingDisclosureTiming(input: {
  readonly providedDate: LocalDate;
  readonly deliveryMethod: DisclosureDeliveryMethod;
  readonly evidencedReceiptDate?: LocalDate;
  readonly consummationDate: LocalDate;
}): Result<ComplianceCheckResult> {
  const received = disclosureReceivedDate(input);
  if (!received.ok) return received;
  const consummation = checkDate(input.consummationDate, "consummationDate");
  if (!consummation.ok) return consummation;
  const earliest = addBusinessDays(received.value, tridTimingRules.closingDisclosureWaitBusinessDays, specific);
  const passed = consummation.value >= earliest;
  return ok({
    check: "trid_closing_disclosure_timing",
    passed,
    code: passed ? "closing_disclosure_timely" : "closing_disclosure_waiting_period_not_met",
    message: passed
      ? `Closing Disclosure received ${received.value}; consummation on or after ${earliest} is allowed`
      : `consummation ${consummation.value} is before ${earliest}, 3 specific business days after receipt on ${received.value}`,
    values: {
      providedDate: input.providedDate,
      deliveryMethod: input.deliveryMethod,
      receivedDate: received.value,
      earliestConsummationDate: earliest,
      consummationDate: consummation.value,
    },
    citation: tridTimingRules.citations.closingDisclosure,
  });
}
