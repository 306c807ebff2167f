/**
 * Test support: random loans (policy and day count) and random event histories after a disbursement
 * (payments, fees, waivers, rate changes, a tranche, holidays, reschedules, charge-offs), shared by the
 * replay and checkpoint property tests.
 */
import fc from "fast-check";
import type { DayCountConvention } from "../calendar/index.js";
import { addDays, date, type LocalDate } from "../calendar/index.js";
import type { LoanEvent } from "./events.js";
import { makeLoan } from "./fixtures.js";
import type { ServicingPolicy } from "./policy.js";

export const start = date("2026-01-01");
export const day = (offset: number): LocalDate => addDays(start, offset);

const policyArb = fc.record({
  allocation: fc.constantFrom<ServicingPolicy["allocation"]>("vertical", "horizontal"),
  overpayment: fc.constantFrom<ServicingPolicy["overpayment"]>("apply-to-principal", "hold-as-credit", "refund"),
  prepayment: fc.constantFrom<ServicingPolicy["prepayment"]>("reduce-term", "reduce-installment"),
  accountingBasis: fc.constantFrom<ServicingPolicy["accountingBasis"]>("accrual", "cash"),
  // Penalty interest (0-36.5 % a year, 0-10 grace days) and a prepayment fee, each on or off.
  penalty: fc.option(fc.tuple(fc.bigInt({ min: 0n, max: 365_000_000_000n }), fc.integer({ min: 0, max: 10 }))),
  prepaymentFee: fc.option(
    fc.constantFrom<NonNullable<ServicingPolicy["prepaymentFee"]>>(
      { rule: { type: "flat", amountMinor: 5_000n }, base: "prepaid-amount" },
      {
        rule: { type: "percent", percent: { units: 15n, scale: 1 }, rounding: "half-up", maxMinor: 9_000n },
        base: "outstanding-principal",
      },
    ),
  ),
  interestAfterMaturity: fc.constantFrom("each-period" as const, "at-payoff" as const),
});
const dayCountArb = fc.constantFrom<DayCountConvention>(
  "actual/365-fixed",
  "actual/360",
  "actual/actual-isda",
  "30/360-us",
  "30e/360",
);
export const loanArb = fc.tuple(policyArb, dayCountArb).map(([{ penalty, prepaymentFee, ...policy }, dayCount]) =>
  makeLoan(
    { dayCount },
    {
      ...policy,
      ...(penalty ? { penaltyInterest: { rateUnits: penalty[0], graceDays: penalty[1] } } : {}),
      ...(prepaymentFee ? { prepaymentFee } : {}),
    },
  ),
);

/** One generated event: its kind, day offset from `start`, and an amount (or count) whose meaning the kind gives. */
export const specArb = <Kind extends string>(
  weight: number,
  kind: Kind,
  offset: fc.Arbitrary<number>,
  amount: fc.Arbitrary<bigint>,
) => ({ weight, arbitrary: fc.record({ kind: fc.constant(kind), offset, amount }) });

export const offsets = (min: number, max: number) => fc.integer({ min, max });
export const amounts = (min: bigint, max: bigint) => fc.bigInt({ min, max });

export type EventSpec = { kind: string; offset: number; amount: bigint };

/** The disbursement (700,000 with a later 300,000 tranche, else 1,000,000) and each spec as an event. */
export function toEvents(specs: ReadonlyArray<EventSpec>): LoanEvent[] {
  const hasTranche = specs.some((spec) => spec.kind === "tranche");
  const events: LoanEvent[] = [
    { id: "dsb", type: "disbursement", effectiveDate: start, amountMinor: hasTranche ? 700_000n : 1_000_000n },
  ];
  let tranches = 0;
  specs.forEach((spec, i) => {
    const base = { id: `e${String(i).padStart(2, "0")}`, effectiveDate: day(spec.offset) };
    if (spec.kind === "payment") events.push({ ...base, type: "payment", amountMinor: spec.amount });
    else if (spec.kind === "fee") events.push({ ...base, type: "fee-charge", amountMinor: spec.amount });
    else if (spec.kind === "waiver")
      events.push({ ...base, type: "fee-waiver", chargeId: "late-fee:1", amountMinor: spec.amount });
    else if (spec.kind === "rate") {
      events.push({
        ...base,
        type: "rate-change",
        rate: { kind: "fixed", annualRatePercent: { units: spec.amount, scale: 2 } },
      });
    } else if (spec.kind === "tranche" && tranches++ === 0)
      events.push({ ...base, type: "disbursement", amountMinor: spec.amount });
    else if (spec.kind === "holiday") {
      events.push({
        ...base,
        type: "payment-holiday",
        installments: Number(spec.amount),
        interest: i % 2 ? "capitalize" : "defer",
      });
    } else if (spec.kind === "reschedule") {
      events.push({
        ...base,
        type: "reschedule",
        firstPaymentDate: day(spec.offset + 20),
        numberOfPayments: Number(spec.amount),
        ...(i % 3 === 0 ? { capitalizeArrears: true } : {}),
      });
    } else if (spec.kind === "charge-off") events.push({ ...base, type: "charge-off" });
  });
  return events;
}

/** Events after the disbursement: payments, fees, waivers, rate changes, a tranche, holidays, reschedules, charge-offs. */
export const eventsArb = fc
  .array(
    fc.oneof(
      specArb(12, "payment", offsets(0, 420), amounts(1n, 200_000n)),
      specArb(2, "fee", offsets(0, 420), amounts(1n, 5_000n)),
      specArb(1, "waiver", offsets(20, 420), amounts(1n, 2_500n)),
      specArb(2, "rate", offsets(1, 420), amounts(0n, 1_500n)), // basis points: 0-15 % a year
      specArb(1, "tranche", offsets(1, 30), fc.constant(300_000n)),
      specArb(1, "holiday", offsets(0, 200), amounts(1n, 2n)), // installments skipped
      specArb(1, "reschedule", offsets(0, 200), amounts(3n, 24n)), // new number of payments
      specArb(1, "charge-off", offsets(100, 420), fc.constant(0n)),
    ),
    { maxLength: 14 },
  )
  .map(toEvents);

export const asOfArb = fc.integer({ min: 0, max: 450 }).map(day);
