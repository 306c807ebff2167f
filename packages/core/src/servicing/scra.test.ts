/**
 * SCRA protection on the rate-change test's loan: $10,000.00 at 12 % a year, Actual/365F, 12 monthly
 * payments, disbursed 2025-01-01, first due 2025-02-01, interest rounded half-up. Installment 1 (31 days):
 * 1,000,000 × 12 % × 31 / 365 = 10,191.78 → 10,192; the 88,849 level payment leaves 921,343 owed.
 * Installment 2 (28 February days) at 12 %: 921,343 × 0.12 × 28 / 365 = 8,481.40 → 8,481.
 */
import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { dec } from "../money/index.js";
import { toRateUnits } from "./accrual.js";
import type { LoanEvent } from "./events.js";
import { disburse, makeLoan, on, pay } from "./fixtures.js";
import { replay } from "./replay.js";
import { planScraProtection, scraProtectedThrough } from "./scra.js";

const loan = makeLoan({ annualRatePercent: "12", disbursementDate: "2025-01-01", firstPaymentDate: "2025-02-01" });
const funded: LoanEvent[] = [disburse("2025-01-01", 1_000_000n, "dsb")];
const paidFirst = { ...pay("2025-02-01", 88_849n, "p1"), postedAt: 1 };

const protection = (day: string, phase: "start" | "end", postedAt: number): LoanEvent => ({
  id: `scra_${phase}_${day}`,
  type: "scra-protection",
  effectiveDate: date(day),
  postedAt,
  phase,
});
const rateTo = (day: string, percent: string, postedAt: number): LoanEvent => ({
  id: `rc_${day}_${percent}`,
  type: "rate-change",
  effectiveDate: date(day),
  postedAt,
  rate: { kind: "fixed", annualRatePercent: dec(percent) },
});
/** Protection from `from` (capped at 6 %), ending on `endsOn` with 12 % restored. */
const protectedSpan = (from: string, endsOn?: string): LoanEvent[] => [
  protection(from, "start", 10),
  rateTo(from, "6", 11),
  ...(endsOn === undefined ? [] : [protection(endsOn, "end", 12), rateTo(endsOn, "12", 13)]),
];

describe("planScraProtection: the rule of 50 U.S.C. § 3937", () => {
  const base = {
    obligationDate: on("2025-01-01"),
    activeDutyStartDate: on("2025-02-01"),
    activeDutyEndDate: on("2025-08-31"),
    isMortgage: false,
    ratePercent: dec("12"),
  };

  it.each([
    { given: "12 % on a personal loan", input: base, want: ["2025-08-31", "2025-09-01", "6", "12"] },
    // A mortgage stays capped one year after service: through 2026-08-31.
    { given: "a mortgage", input: { ...base, isMortgage: true }, want: ["2026-08-31", "2026-09-01", "6", "12"] },
    // At or under the cap nothing changes the rate; protection still blocks default actions.
    { given: "5.5 %", input: { ...base, ratePercent: dec("5.5") }, want: ["2025-08-31", "2025-09-01", null, null] },
    { given: "open-ended service", input: { ...base, activeDutyEndDate: null }, want: [null, null, "6", "12"] },
  ])("$given", ({ input, want }) => {
    const plan = unwrap(planScraProtection(input));
    const shown = (value: { units: bigint; scale: number } | null) =>
      value === null ? null : String(Number(value.units) / 10 ** value.scale);
    expect([
      plan.protectedThrough,
      plan.endsOn,
      shown(plan.cappedRatePercent),
      shown(plan.restoredRatePercent),
    ]).toEqual(want);
    expect(plan.protectedFrom).toBe("2025-02-01");
  });

  it("refuses an obligation incurred on or after the start of active duty, and an end before the start", () => {
    const after = planScraProtection({ ...base, obligationDate: on("2025-02-01") });
    expect(after.ok ? null : [after.error.code, after.error.path]).toEqual([
      "scra_obligation_after_service",
      ["activeDutyStartDate"],
    ]);
    const reversed = planScraProtection({ ...base, activeDutyEndDate: on("2025-01-31") });
    expect(reversed.ok ? null : reversed.error.code).toBe("invalid_date_range");
  });

  it("a mortgage's tail is one calendar year, month-end safe", () => {
    expect(scraProtectedThrough(on("2028-02-29"), true)).toBe("2029-02-28");
    expect(scraProtectedThrough(on("2028-02-29"), false)).toBe("2028-02-29");
  });
});

describe("the cap in a replay", () => {
  const installment2 = (events: ReadonlyArray<LoanEvent>) =>
    unwrap(replay(loan, events, on("2025-03-01"))).installments[1]?.interestDueMinor;

  it("caps installment 2 at 6 % from the start of service: 921,343 × 0.06 × 28 / 365 = 4,240.70 → 4,241", () => {
    expect(installment2([...funded, paidFirst])).toBe(8_481n);
    expect(installment2([...funded, paidFirst, ...protectedSpan("2025-02-01")])).toBe(4_241n);
  });

  it("restores 12 % the day protection ends: 921,343 × (0.06 × 14 + 0.12 × 14) / 365 = 6,361.05 → 6,361", () => {
    expect(installment2([...funded, paidFirst, ...protectedSpan("2025-02-01", "2025-02-15")])).toBe(6_361n);
  });

  it("a start back-dated before a stored payment re-flows the loan from its date", () => {
    // The SCRA events arrive after the 2025-02-01 payment but are dated 2025-01-15: January's last 17 days
    // at 6 %: 1,000,000 × (0.12 × 14 + 0.06 × 17) / 365 = 7,397.26 → 7,397 (was 10,192).
    const state = unwrap(replay(loan, [...funded, paidFirst, ...protectedSpan("2025-01-15")], on("2025-02-01")));
    expect(state.installments[0]?.interestDueMinor).toBe(7_397n);
  });
});

describe("default actions while protected", () => {
  const unpaid = [...funded, ...protectedSpan("2025-01-20", "2025-02-20")];

  it("assesses no late fee falling due while protected, and does again after", () => {
    // Late fee $25 after 15 grace days: installment 1 (due 02-01) would be charged on 02-17, inside the span;
    // installment 2 (due 03-01) on 03-17, after it.
    const state = unwrap(replay(loan, unpaid, on("2025-03-20")));
    expect(state.charges.map((charge) => charge.id)).toEqual(["late-fee:2"]);
    const unprotected = unwrap(replay(loan, funded, on("2025-03-20")));
    expect(unprotected.charges.map((charge) => charge.id)).toEqual(["late-fee:1", "late-fee:2"]);
  });

  it.each([
    { type: "charge-off" as const, day: "2025-02-10", code: "scra_protected" },
    { type: "write-off" as const, day: "2025-02-10", code: "scra_protected" },
    { type: "charge-off" as const, day: "2025-02-20", code: null },
  ])("$type on $day: $code", ({ type, day, code }) => {
    const result = replay(loan, [...unpaid, { id: "co", type, effectiveDate: on(day), postedAt: 20 }], on(day));
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it("refuses a rate change above 6 % while protected, accepts one at or under it", () => {
    const above = replay(loan, [...unpaid, rateTo("2025-02-05", "6.5", 20)], on("2025-02-05"));
    expect(above.ok ? null : [above.error.code, above.error.details?.eventId]).toEqual([
      "scra_protected",
      "rc_2025-02-05_6.5",
    ]);
    expect(replay(loan, [...unpaid, rateTo("2025-02-05", "4", 20)], on("2025-02-05")).ok).toBe(true);
  });

  it("refuses a reschedule to a rate above 6 % while protected, at its rate field", () => {
    const reschedule = (percent: string): LoanEvent => ({
      id: `rs_${percent}`,
      type: "reschedule",
      effectiveDate: on("2025-02-05"),
      postedAt: 20,
      firstPaymentDate: on("2025-03-01"),
      numberOfPayments: 12,
      annualRatePercent: dec(percent),
    });
    const above = replay(loan, [...unpaid, reschedule("9")], on("2025-02-05"));
    expect(above.ok ? null : [above.error.code, above.error.path]).toEqual(["scra_protected", ["annualRatePercent"]]);
    expect(replay(loan, [...unpaid, reschedule("6")], on("2025-02-05")).ok).toBe(true);
  });

  it("accrues no penalty interest while protected", () => {
    // Penalty 36.5 % on the 3.65 % loan: 0.1 % of overdue principal a day; installment 1's principal is 818.90.
    // Past due 02-01, protected from 02-03: 2 days × 81.89 = 163.78 → 164, charged when protection starts.
    const penaltyLoan = makeLoan({}, { penaltyInterest: { rateUnits: toRateUnits(dec("36.5")), graceDays: 0 } });
    const events = [
      disburse("2026-01-01", 1_000_000n, "dsb"),
      protection("2026-02-03", "start", 1),
      pay("2026-02-11", 85_154n, "p1"),
    ];
    const state = unwrap(replay(penaltyLoan, events, on("2026-02-11")));
    const penalties = state.charges.filter((c) => c.kind === "penalty").map((c) => [c.id, c.amountMinor]);
    expect(penalties).toEqual([["penalty-interest:2026-02-03", 164n]]);
    expect(state.overdue.totalMinor).toBe(0n);
  });
});
