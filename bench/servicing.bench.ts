/**
 * Servicing: a full replay of a 30-year mortgage (360 payments, a few back-dated) and the daily
 * close of one loan from a saved state, each beside a plain-float loop doing the same day-by-day
 * accrual and allocation.
 */
import { addDays, addMonths, date, type LocalDate, toEpochDay } from "../packages/core/src/calendar/index.js";
import { unwrap } from "../packages/core/src/errors/index.js";
import { defaultDelinquencyBuckets } from "../packages/core/src/products/index.js";
import { validateScheduleTerms } from "../packages/core/src/schedule/index.js";
import { closeDay, type LoanEvent, replay, type ServicingPolicy } from "../packages/core/src/servicing/index.js";
import { microsecondsPerCall, type Suite, timeResult } from "./harness.js";

const terms = unwrap(
  validateScheduleTerms({
    currency: "USD",
    principalMinor: 20_000_000n,
    annualRatePercent: "6",
    disbursementDate: "2026-01-01",
    firstPaymentDate: "2026-02-01",
    numberOfPayments: 360,
    frequency: "monthly",
    interestMethod: "declining-balance",
    amortization: "equal-installments",
    interestCalculation: "periodic",
    dayCount: "30/360-us",
    rounding: { installmentMultipleMinor: 1n, mode: "half-up", interestMode: "half-up" },
  }),
);
const policy: ServicingPolicy = {
  waterfall: ["penalties", "fees", "interest", "principal"],
  allocation: "vertical",
  overpayment: "apply-to-principal",
  prepayment: "reduce-term",
  lateFee: { rule: { type: "flat", amountMinor: 2_500n }, graceDays: 15 },
  delinquencyBuckets: defaultDelinquencyBuckets,
  nonPerformingAfterDays: 90,
  accountingBasis: "accrual",
};
const loan = { terms, policy };
const level = 119_910n; // PMT(0.5 %, 360, -200000) = 1,199.10
const firstDue = date("2026-02-01");
const asOf = date("2056-01-15");

/** 360 payments; every 60th arrives 20 days late (past the grace days) and is posted last (back-dated). */
function mortgageEvents(): LoanEvent[] {
  const onTime: LoanEvent[] = [
    { id: "dsb", type: "disbursement", effectiveDate: terms.disbursementDate, amountMinor: terms.principalMinor },
  ];
  const late: LoanEvent[] = [];
  for (let k = 0; k < 360; k++) {
    const due = addMonths(firstDue, k, 1);
    const isLate = k % 60 === 30;
    const amountMinor = k === 359 ? 200_000n : isLate ? level + 2_500n : level;
    const event: LoanEvent = {
      id: `pmt_${k}`,
      type: "payment",
      effectiveDate: isLate ? addDays(due, 20) : due,
      amountMinor,
    };
    (isLate ? late : onTime).push(event);
  }
  return [...onTime, ...late];
}
const events = mortgageEvents();

/** Float baseline: day by day, 30/360 daily interest, on due dates interest falls due, payments pay interest then principal. */
function floatReplay(): number {
  const dueDays = new Set<number>();
  for (let k = 0; k < 360; k++) dueDays.add(toEpochDay(addMonths(firstDue, k, 1)));
  const payments = new Map<number, number>();
  for (const e of events) if (e.type === "payment") payments.set(toEpochDay(e.effectiveDate), Number(e.amountMinor));
  return floatLoop(toEpochDay(terms.disbursementDate), toEpochDay(asOf), dueDays, payments);
}
function floatLoop(from: number, to: number, dueDays: Set<number>, payments: Map<number, number>): number {
  let principal = 20_000_000;
  let accrued = 0;
  let interestDue = 0;
  let principalDue = 0;
  for (let d = from; d < to; d++) {
    if (dueDays.has(d)) {
      interestDue += Math.round(accrued);
      principalDue += Math.min(principal, 119_910 - Math.round(accrued));
      accrued = 0;
    }
    const paid = payments.get(d);
    if (paid !== undefined) {
      const toInterest = Math.min(paid, interestDue);
      interestDue -= toInterest;
      const toPrincipal = Math.min(paid - toInterest, principalDue);
      principalDue -= toPrincipal;
      principal -= toPrincipal;
    }
    accrued += (principal * 0.06) / 360;
  }
  return principal + accrued;
}

const savedDay = date("2036-06-14"); // year 10, mid-month: an ordinary day
const saved = unwrap(replay(loan, events, savedDay));
const nextDay: LocalDate = addDays(savedDay, 1);

const suite: Suite = {
  name: "servicing",
  run() {
    const replayUs = microsecondsPerCall(() => unwrap(replay(loan, events, asOf)), { samples: 25, sampleMs: 60 });
    const floatUs = microsecondsPerCall(floatReplay, { samples: 25, sampleMs: 60 });
    const closeUs = microsecondsPerCall(() => closeDay(saved, nextDay), { samples: 25, sampleMs: 20 });
    let floatState = { principal: 15_000_000, accrued: 1_234.5, daysPastDue: 0 };
    const floatCloseUs = microsecondsPerCall(() => {
      floatState = {
        principal: floatState.principal,
        accrued: floatState.accrued + (floatState.principal * 0.06) / 360,
        daysPastDue: floatState.daysPastDue > 0 ? floatState.daysPastDue + 1 : 0,
      };
      return floatState;
    });
    return [
      timeResult(
        "servicing.replay.mortgage-360",
        replayUs,
        floatUs,
        "goal < 2000 us; 360 payments (6 back-dated and late), exact bigint accrual, journal and late fees",
      ),
      timeResult(
        "servicing.daily-close.loan",
        closeUs,
        floatCloseUs,
        "goal < 5 us; accrue one day + delinquency from a saved state",
      ),
    ];
  },
};
export default suite;
