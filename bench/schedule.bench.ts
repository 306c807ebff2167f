/**
 * Exact amortization schedules beside a plain-float version of the same loop (same due dates, same row objects),
 * so the ratio is the cost of exact bigint interest and rounding. And servicing's contract plan of a typical loan
 * (what every replay of a loan builds first) beside the plan derived from the whole schedule, as it was before
 * `contractPlan` read only the schedule's due dates and level payment.
 */
import { businessCalendar } from "../packages/core/src/calendar/index.js";
import { unwrap } from "../packages/core/src/errors/index.js";
import {
  buildSchedule,
  periodsPerYear,
  regularPaymentMinor,
  type ScheduleTerms,
  type ScheduleTermsInput,
  validateScheduleTerms,
} from "../packages/core/src/schedule/index.js";
import { type ContractPlan, contractPlan, type PlanRow } from "../packages/core/src/servicing/index.js";
import { type BenchResult, microsecondsPerCall, type Suite, timeResult } from "./harness.js";

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

const weekendsOnly = businessCalendar({ name: "weekends-only", holidays: [] });

/** The demo products' shapes (products/demo-products.ts), due dates moved to the following business day. */
function loanTerms(overrides: Partial<ScheduleTermsInput>): ScheduleTerms {
  return unwrap(
    validateScheduleTerms({
      currency: "USD",
      principalMinor: 2_500_000n,
      annualRatePercent: "8.49",
      disbursementDate: "2026-01-15",
      firstPaymentDate: "2026-02-15",
      numberOfPayments: 60,
      frequency: "monthly",
      interestMethod: "declining-balance",
      amortization: "equal-installments",
      interestCalculation: "periodic",
      dayCount: "actual/365-fixed",
      rounding: { installmentMultipleMinor: 1n, mode: "half-up", interestMode: "half-up" },
      businessDays: { calendar: weekendsOnly, convention: "following" },
      ...overrides,
    }),
  );
}

const loans: ReadonlyArray<[name: string, terms: ScheduleTerms]> = [
  ["personal-36", loanTerms({ principalMinor: 1_000_000n, annualRatePercent: "17.99", numberOfPayments: 36 })],
  ["auto-60", loanTerms({ interestCalculation: "daily" })],
  [
    "mortgage-360",
    loanTerms({ principalMinor: 30_000_000n, annualRatePercent: "6.5", numberOfPayments: 360, dayCount: "30/360-us" }),
  ],
];

/** The baseline: an annuity's plan from the whole schedule and `regularPaymentMinor`, row by row. */
function planFromSchedule(terms: ScheduleTerms): ContractPlan {
  const level = regularPaymentMinor(terms);
  const rows = unwrap(buildSchedule(terms)).rows.map(
    (row): PlanRow => ({
      number: row.number,
      dueDate: row.dueDate,
      kind: "level",
      plannedMinor: level,
      plannedInterestMinor: 0n,
      isInterestDeferred: false,
      feesMinor: row.feesMinor,
    }),
  );
  return { rows, levelInstallmentMinor: level, periodsPerYear: periodsPerYear(terms.frequency) };
}

/** Each call plans a fresh copy of the terms (a replayed loan's are decoded afresh), the baseline cached alike. */
function planRows(): BenchResult[] {
  const baselineCache = new WeakMap<ScheduleTerms, ContractPlan>();
  return loans.map(([name, terms]) => {
    const plan = microsecondsPerCall(() => contractPlan({ ...terms }));
    const baseline = microsecondsPerCall(() => {
      const fresh = { ...terms };
      const derived = planFromSchedule(fresh);
      baselineCache.set(fresh, derived);
      return derived;
    });
    const note = "contractPlan per loan vs the plan from the whole schedule; monthly, following business day";
    return timeResult(`schedule.plan.${name}`, plan, baseline, note);
  });
}

const suite: Suite = {
  name: "schedule",
  run() {
    const annuities = [360, 60].map((n) => {
      const exactTerms = terms(n);
      const exact = microsecondsPerCall(() => buildSchedule(exactTerms));
      const float = microsecondsPerCall(() => floatSchedule(250_000, 7.25, n));
      return timeResult(`schedule.annuity.${n}`, exact, float, "7.25% monthly, odd 45-day first period, exact bigint");
    });
    return [...annuities, ...planRows()];
  },
};

export default suite;
