import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { dec } from "../money/index.js";
import type { LoanEvent } from "./events.js";
import { disburse, makeLoan, pay } from "./fixtures.js";
import { legacyFlatReschedule, pinnedPolicy } from "./pinned-policy.js";
import type { ServicingPolicy } from "./policy.js";
import { replay } from "./replay.js";

// Issue 13, flat interest after a reschedule. $12,000.00 at 10 % flat, 12 monthly from 2026-02-01: the flat charge is
// $12,000 × 10 % × 12/12 = $1,200.00, so each installment is $1,000.00 principal + $100.00 interest. Four are paid;
// on 2026-05-10 the $8,000.00 still to come is rescheduled over 16 months from 2026-06-10.
const flatTerms = { principalMinor: 1_200_000n, annualRatePercent: "10", interestMethod: "flat" as const };
const paid: LoanEvent[] = [
  disburse("2026-01-01", 1_200_000n, "dsb_1"),
  ...["2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01"].map((day, k) => pay(day, 110_000n, `pmt_${k + 1}`)),
];
const reschedule: LoanEvent = {
  id: "rs_1",
  type: "reschedule",
  effectiveDate: date("2026-05-10"),
  firstPaymentDate: date("2026-06-10"),
  numberOfPayments: 16,
};

function after(policy: Partial<ServicingPolicy>, event: LoanEvent = reschedule) {
  const state = unwrap(replay(makeLoan(flatTerms, policy), [...paid, event], date("2030-01-01")));
  return state.installments.slice(4);
}
const sum = (values: ReadonlyArray<bigint>) => values.reduce((total, v) => total + v, 0n);

describe("a flat-interest loan rescheduled", () => {
  it("kept flat: a new flat charge on the new terms, $8,000 × 10 % × 16/12 = $1,066.67, spread evenly", () => {
    const rows = after({ flatReschedule: "flat" });
    expect(rows).toHaveLength(16);
    expect(rows[0]).toMatchObject({ number: 5, dueDate: "2026-06-10" });
    // 106,666.67 cents rounded half-up once: 106,667; 16 rows of 6,666, the last taking the rest (6,677).
    expect(rows.map((r) => r.interestDueMinor)).toEqual([...Array(15).fill(6_666n), 6_677n]);
    expect(sum(rows.map((r) => r.interestDueMinor))).toBe(106_667n);
    expect(sum(rows.map((r) => r.principalDueMinor))).toBe(800_000n);
    // As a new flat loan's schedule: the installment (800,000 + 106,667) / 16 = 56,666.69 → $566.67 rounded once,
    // so principal 56,667 − 6,666 = 50,001 a row; the last takes the rest, 800,000 − 15 × 50,001 = 49,985.
    expect(rows.map((r) => r.principalDueMinor)).toEqual([...Array(15).fill(50_001n), 49_985n]);
    expect(rows.map((r) => r.principalDueMinor + r.interestDueMinor)).toEqual([...Array(15).fill(56_667n), 56_662n]);
  });

  it("kept flat at a new rate given with the reschedule: $8,000 × 6 % × 16/12 = $640.00", () => {
    const rows = after({ flatReschedule: "flat" }, { ...reschedule, annualRatePercent: dec("6") } as LoanEvent);
    expect(sum(rows.map((r) => r.interestDueMinor))).toBe(64_000n);
    expect(rows.map((r) => r.interestDueMinor)).toEqual(Array(16).fill(4_000n));
  });

  it("converted to declining balance: level $536.15 (8,000 × r / (1 − (1 + r)^−16), r = 10 %/12)", () => {
    const rows = after({ flatReschedule: "declining-balance" });
    expect(rows.slice(0, 15).map((r) => r.plannedMinor)).toEqual(Array(15).fill(53_615n));
    // The first period's interest accrues on $8,000 from May 10 to June 10 (31 days, actual/365): $67.95.
    expect(rows[0]?.interestDueMinor).toBe(6_795n);
    expect(sum(rows.map((r) => r.principalDueMinor))).toBe(800_000n);
  });

  it("unset: kept flat (the default), the same $1,066.67 new flat charge at the loan's 10 %", () => {
    const rows = after({});
    expect(rows.map((r) => r.interestDueMinor)).toEqual([...Array(15).fill(6_666n), 6_677n]);
    expect(rows.map((r) => r.principalDueMinor)).toEqual([...Array(15).fill(50_001n), 49_985n]);
  });

  it("legacy (stored before the default): no interest without a rate; at a given 6 %, level on the balance", () => {
    const rows = after({ flatReschedule: "legacy" });
    expect(sum(rows.map((r) => r.interestDueMinor))).toBe(0n);
    expect(sum(rows.map((r) => r.principalDueMinor))).toBe(800_000n);
    const rated = after({ flatReschedule: "legacy" }, { ...reschedule, annualRatePercent: dec("6") } as LoanEvent);
    // 800,000 at 0.5 % a month over 16: PMT = 800,000 × 0.005 / (1 − 1.005^−16) = 52,151.49… → 52,151 (half-up).
    expect(rated.slice(0, 15).map((r) => r.plannedMinor)).toEqual(Array(15).fill(52_151n));
  });

  it("pinnedPolicy records flat on a flat loan without a choice; legacyFlatReschedule reads a stored one as legacy", () => {
    const flatLoan = makeLoan(flatTerms);
    expect(pinnedPolicy(flatLoan).flatReschedule).toBe("flat");
    expect(pinnedPolicy(makeLoan(flatTerms, { flatReschedule: "declining-balance" })).flatReschedule).toBe(
      "declining-balance",
    );
    const declining = makeLoan();
    expect(pinnedPolicy(declining)).toBe(declining.policy);
    expect(legacyFlatReschedule(flatLoan.terms, flatLoan.policy).flatReschedule).toBe("legacy");
    expect(legacyFlatReschedule(flatLoan.terms, pinnedPolicy(flatLoan)).flatReschedule).toBe("flat");
    expect(legacyFlatReschedule(declining.terms, declining.policy)).toBe(declining.policy);
  });

  it("kept flat refuses a fixed installment", () => {
    const fixed = { ...reschedule, installmentMinor: 60_000n } as LoanEvent;
    const result = replay(makeLoan(flatTerms, { flatReschedule: "flat" }), [...paid, fixed], date("2030-01-01"));
    expect(result.ok ? undefined : result.error).toMatchObject({
      code: "unsupported_combination",
      path: ["installmentMinor"],
    });
  });

  it("property: kept flat, the new rows repay the principal not yet due and a flat charge rounded once", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 60 }),
        fc.integer({ min: 0, max: 3_000 }),
        fc.integer({ min: 1, max: 11 }),
        (n, rateHundredths, paidCount) => {
          const rate = `${Math.floor(rateHundredths / 100)}.${String(rateHundredths % 100).padStart(2, "0")}`;
          const terms = { ...flatTerms, annualRatePercent: rate };
          const loan = makeLoan(terms, { flatReschedule: "flat" });
          const events = paid.slice(0, 1);
          const before = unwrap(replay(loan, events, date("2026-01-01")));
          const due = before.installments.slice(0, paidCount);
          const payments = due.map((inst, k) =>
            pay(inst.dueDate, inst.plannedMinor + inst.plannedInterestMinor, `p_${k}`),
          );
          const effectiveDate = addDays(due.at(-1)?.dueDate ?? date("2026-01-01"), 1);
          const firstPaymentDate = addMonths(effectiveDate, 12);
          const event = {
            id: "rs",
            type: "reschedule",
            effectiveDate,
            firstPaymentDate,
            numberOfPayments: n,
          } as LoanEvent;
          const state = unwrap(replay(loan, [...events, ...payments, event], date("2040-01-01")));
          const rows = state.installments.slice(paidCount);
          const notDue = 1_200_000n - sum(due.map((inst) => inst.plannedMinor));
          expect(sum(rows.map((r) => r.principalDueMinor))).toBe(notDue);
          const interest = sum(rows.map((r) => r.interestDueMinor));
          // principal × rate% × (12 + n − 1)/12 periods (the first is a year away): within half a cent of exact.
          const exact = notDue * BigInt(rateHundredths) * BigInt(12 + n - 1);
          expect(2n * (interest * 120_000n - exact) <= 120_000n).toBe(true);
          expect(2n * (exact - interest * 120_000n) <= 120_000n).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
