/**
 * Exact amortization schedules beside a plain-float version of the same loop (same due dates, same row objects),
 * so the ratio is the cost of exact bigint interest and rounding.
 */
import { unwrap } from "../packages/core/src/errors/index.js";
import { buildSchedule, type ScheduleTerms, validateScheduleTerms } from "../packages/core/src/schedule/index.js";
import { microsecondsPerCall, type Suite, timeResult } from "./harness.js";

function terms(numberOfPayments: number): ScheduleTerms {
  return unwrap(
    validateScheduleTerms({
      currency: "USD",
      principalMinor: 25_000_000n,
      annualRatePercent: "7.25",
      disbursementDate: "2026-01-15",
      firstPaymentDate: "2026-03-01",
      numberOfPayments,
      frequency: "monthly",
      interestMethod: "declining-balance",
      amortization: "equal-installments",
      interestCalculation: "periodic",
      dayCount: "30/360-us",
      rounding: { installmentMultipleMinor: 1n, mode: "half-even", interestMode: "half-even" },
    }),
  );
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The float baseline: the textbook loop in doubles, with the same monthly due dates and row objects. */
function floatSchedule(principal: number, annualPercent: number, n: number) {
  const i = annualPercent / 100 / 12;
  const growth = (1 + i) ** n;
  const payment = Math.round(((principal * i * growth) / (growth - 1)) * 100) / 100;
  const rows = new Array(n);
  let balance = principal;
  let year = 2026;
  let month = 3;
  for (let k = 0; k < n; k++) {
    const interest = Math.round(balance * i * 100) / 100;
    const principalPart = k === n - 1 ? balance : payment - interest;
    balance = Math.round((balance - principalPart) * 100) / 100;
    rows[k] = { number: k + 1, dueDate: `${year}-${pad(month)}-01`, principal: principalPart, interest, balance };
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return rows;
}

const suite: Suite = {
  name: "schedule",
  run() {
    return [360, 60].map((n) => {
      const exactTerms = terms(n);
      const exact = microsecondsPerCall(() => buildSchedule(exactTerms));
      const float = microsecondsPerCall(() => floatSchedule(250_000, 7.25, n));
      return timeResult(`schedule.annuity.${n}`, exact, float, "7.25% monthly, odd 45-day first period, exact bigint");
    });
  },
};

export default suite;
