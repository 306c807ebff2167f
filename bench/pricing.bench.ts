/**
 * Appendix J APR for a 360-payment schedule with an odd (45-day) first period: the exact solver (float seed, integer
 * proof) beside a plain-float Newton iteration over the same flows, counted the same way, in the same run.
 */
import { type LocalDate, toEpochDay } from "../packages/core/src/calendar/index.js";
import { unwrap } from "../packages/core/src/errors/index.js";
import { aprcTime, type CashFlow, computeApr, computeAprc } from "../packages/core/src/pricing/index.js";
import { buildSchedule, unadjustedDueDate, validateScheduleTerms } from "../packages/core/src/schedule/index.js";
import { microsecondsPerCall, type Suite, timeResult } from "./harness.js";

const terms = unwrap(
  validateScheduleTerms({
    currency: "USD",
    principalMinor: 25_000_000n,
    annualRatePercent: "7.25",
    disbursementDate: "2026-01-15",
    firstPaymentDate: "2026-03-01",
    numberOfPayments: 360,
    frequency: "monthly",
    interestMethod: "declining-balance",
    amortization: "equal-installments",
    interestCalculation: "periodic",
    dayCount: "30/360-us",
    rounding: { installmentMultipleMinor: 1n, mode: "half-even", interestMode: "half-even" },
  }),
);
const schedule = unwrap(buildSchedule(terms));
const advances: CashFlow[] = [{ amountMinor: 24_500_000n, date: terms.disbursementDate }]; // $5,000 prepaid charges
const payments: CashFlow[] = schedule.rows.map((row) => ({ amountMinor: row.totalMinor, date: row.dueDate }));

/** Float baseline: months counted back as whole months + odd days / 30, then Newton on Σ P/((1+f i)(1+i)^t) = A. */
function floatApr(advanceMinor: number, start: LocalDate, flows: ReadonlyArray<CashFlow>): number {
  const startDay = toEpochDay(start);
  const amounts: number[] = [];
  const times: number[] = [];
  const fractions: number[] = [];
  for (const [k, flow] of flows.entries()) {
    // the schedule is monthly from 2026-03-01; whole months back to 2026-02-01, odd days 2026-01-15 → 02-01 = 17
    const oddDays = toEpochDay("2026-02-01" as LocalDate) - startDay;
    amounts.push(Number(flow.amountMinor));
    times.push(k + 1);
    fractions.push(oddDays / 30);
  }
  let i = 0.006;
  for (let step = 0; step < 50; step++) {
    let value = -advanceMinor;
    let slope = 0;
    for (let k = 0; k < amounts.length; k++) {
      const t = times[k]!;
      const f = fractions[k]!;
      const discount = 1 / ((1 + f * i) * (1 + i) ** t);
      value += amounts[k]! * discount;
      slope -= amounts[k]! * discount * (f / (1 + f * i) + t / (1 + i));
    }
    const next = i - value / slope;
    if (Math.abs(next - i) < 1e-15) return next * 1200;
    i = next;
  }
  return i * 1200;
}

/** The FCA CONC App 1.2 example: £10,000 repaid by 60 monthly £222.44 (APRC 12.7 %). */
const aprcDrawdowns: CashFlow[] = [{ amountMinor: 1_000_000n, date: "2026-01-01" as LocalDate }];
const aprcPayments: CashFlow[] = Array.from({ length: 60 }, (_, k) => ({
  amountMinor: 22_244n,
  date: unadjustedDueDate("2026-02-01" as LocalDate, "monthly", k).date,
}));

/** Float baseline: the former APRC solver — Newton on Σ ±A (1 + x)^−t in doubles, times from `aprcTime`. */
function floatAprc(): number {
  const start = aprcDrawdowns[0]!.date;
  const flows = [
    { amount: -1_000_000, years: 0 },
    ...aprcPayments.map((p) => {
      const t = aprcTime(start, p.date);
      return { amount: Number(p.amountMinor), years: t.months / 12 + t.days / t.yearDays };
    }),
  ];
  let x = 0.1;
  for (let step = 0; step < 200; step++) {
    let value = 0;
    let slope = 0;
    for (const { amount, years } of flows) {
      const discount = (1 + x) ** -years;
      value += amount * discount;
      slope -= (amount * years * discount) / (1 + x);
    }
    const next = x - value / slope;
    if (Math.abs(next - x) < 1e-15) return next;
    x = next;
  }
  return x;
}

const suite: Suite = {
  name: "pricing",
  run() {
    const exact = microsecondsPerCall(() => computeApr({ advances, payments }));
    const float = microsecondsPerCall(() => floatApr(24_500_000, terms.disbursementDate, payments));
    const aprcExact = microsecondsPerCall(() => computeAprc({ drawdowns: aprcDrawdowns, payments: aprcPayments }));
    const aprcFloat = microsecondsPerCall(floatAprc);
    return [
      timeResult("apr.solve.360", exact, float, "360 monthly payments, 45-day first period, proven to 1e-6 %"),
      timeResult("aprc.solve.60", aprcExact, aprcFloat, "60 × £222.44 on £10,000 (12.7 %), proven to 1e-6 % and 1 dp"),
    ];
  },
};

export default suite;
