import type { DayCountConvention } from "../calendar/index.js";
import { addDays, addMonths, date, type LocalDate } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { defaultDelinquencyBuckets } from "../products/index.js";
import { type ScheduleTerms, validateScheduleTerms } from "../schedule/index.js";
import { contractPlan, type LoanEvent, type ServicingPolicy } from "../servicing/index.js";
import type { ExportInput } from "./export.js";

/** A seeded linear congruential generator: the same seed gives the same book on every machine. */
function makeRandom(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % n;
  };
}

const basePolicy: ServicingPolicy = {
  waterfall: ["penalties", "fees", "interest", "principal"],
  allocation: "vertical",
  overpayment: "apply-to-principal",
  prepayment: "reduce-term",
  lateFee: { rule: { type: "flat", amountMinor: 2_500n }, graceDays: 15 },
  nsfFee: { type: "flat", amountMinor: 3_000n },
  delinquencyBuckets: defaultDelinquencyBuckets,
  nonPerformingAfterDays: 90,
  accountingBasis: "accrual",
};

const policies: ReadonlyArray<ServicingPolicy> = [
  basePolicy,
  { ...basePolicy, allocation: "horizontal", prepayment: "reduce-installment" },
  { ...basePolicy, overpayment: "hold-as-credit", payoffInterest: "to-period-end" },
  {
    ...basePolicy,
    penaltyInterest: { rateUnits: 50_000_000_000n, graceDays: 5 },
    lateFee: { rule: { type: "percent", percent: { units: 5n, scale: 0 }, rounding: "half-up" }, graceDays: 10 },
  },
];
const dayCounts: ReadonlyArray<DayCountConvention> = [
  "actual/365-fixed",
  "actual/360",
  "30/360-us",
  "actual/actual-isda",
];

/** The date a sample book's figures are taken: every loan has at least a year of history before it. */
export const sampleBookAsOf: LocalDate = date("2026-06-30");

function sampleHistory(random: (n: number) => number, index: number, terms: ScheduleTerms, level: bigint) {
  const disbursed = terms.disbursementDate;
  const events: LoanEvent[] = [
    { id: `dsb_${index}`, type: "disbursement", effectiveDate: disbursed, amountMinor: terms.principalMinor },
  ];
  for (let k = 0; k < 12; k++) {
    const due = addMonths(disbursed, k + 1);
    const roll = random(100);
    if (roll < 5) continue;
    const late = roll < 15 ? 1 + random(25) : 0;
    const amountMinor = roll < 18 ? level / 2n : roll < 20 ? level * 2n : level;
    events.push({ id: `pmt_${index}_${k}`, type: "payment", effectiveDate: addDays(due, late), amountMinor });
    if (random(100) < 4) {
      const reversal = addDays(due, late + 3);
      events.push({
        id: `rev_${index}_${k}`,
        type: "payment-reversal",
        effectiveDate: reversal,
        transactionId: `pmt_${index}_${k}`,
        nsf: true,
      });
    }
  }
  if (random(10) === 0) {
    events.push({
      id: `fee_${index}`,
      type: "fee-charge",
      effectiveDate: addMonths(disbursed, 2),
      amountMinor: 1_500n,
      feeType: "document",
    });
  }
  if (random(20) === 0) {
    const on = addDays(addMonths(disbursed, 7), 3);
    events.push({
      id: `rs_${index}`,
      type: "reschedule",
      effectiveDate: on,
      firstPaymentDate: addMonths(disbursed, 8),
      numberOfPayments: 24,
    });
  }
  return events;
}

/**
 * A deterministic book of `count` live loans (consumer terms: $1,000-$50,000, 8-34 % a year, 12-60
 * monthly payments, four day counts, periodic or daily interest, four servicing policies), each with
 * a year of history: payments on time, late, short, double or missed, some bounced (NSF), some
 * fees and reschedules. For round-trip tests and the import benchmark.
 *
 * @example const book = sampleBook(200, 7); book[0]?.events.length
 */
export function sampleBook(count: number, seed = 1): ExportInput[] {
  const random = makeRandom(seed);
  const book: ExportInput[] = [];
  for (let index = 0; index < count; index++) {
    const disbursed = addDays(date("2025-03-01"), random(90));
    const principalMinor = BigInt(100_000 + random(4_900_000));
    const terms = unwrap(
      validateScheduleTerms({
        currency: "USD",
        principalMinor,
        annualRatePercent: `${8 + random(26)}.${random(100)}`,
        disbursementDate: disbursed,
        firstPaymentDate: addMonths(disbursed, 1),
        numberOfPayments: [12, 24, 36, 48, 60][random(5)] as number,
        frequency: "monthly",
        interestMethod: "declining-balance",
        amortization: "equal-installments",
        interestCalculation: random(2) === 0 ? "periodic" : "daily",
        dayCount: dayCounts[random(dayCounts.length)] as DayCountConvention,
        rounding: { installmentMultipleMinor: 1n, mode: "half-up", interestMode: "half-up" },
      }),
    );
    const events = sampleHistory(random, index, terms, unwrap(contractPlan(terms)).levelInstallmentMinor);
    const loan = { terms, policy: policies[random(policies.length)] as ServicingPolicy };
    book.push({
      sourceId: `SRC-${seed}-${index}`,
      borrowerReference: `BRW-${index}`,
      loan,
      events,
      asOf: sampleBookAsOf,
    });
  }
  return book;
}
