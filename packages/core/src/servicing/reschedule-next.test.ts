import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import type { LoanEvent } from "./events.js";
import { disburse, makeLoan, on, pay } from "./fixtures.js";
import { replay } from "./replay.js";

// Issue 13: "reschedule next repayments" — a prepayment comes off the next installments in order, later ones keep
// theirs — and a per-payment choice of the prepayment handling when the product lists it.
// Fixture loan: $10,000 at 3.65 % on Actual/365 ($1.00 a day), 12 × $849.90 from 2026-02-01 (events.test.ts).
// Paid $1,000 on 2026-02-01: installment 1 takes $849.90 (interest 31.00, principal 818.90), $150.10 is prepaid.
const funded = [disburse("2026-01-01", 1_000_000n, "dsb")];
const reschedule = makeLoan({}, { prepayment: "reschedule-next-repayments" });
const planned = (events: LoanEvent[], loan = reschedule) =>
  unwrap(replay(loan, events, on("2026-03-01"))).installments.map((i) => i.plannedMinor);

describe("prepayment: reschedule-next-repayments", () => {
  it("$150.10 comes off installment 2 (849.90 → 699.80); installments 3-11 keep $849.90", () => {
    const events = [...funded, pay("2026-02-01", 100_000n, "p1")];
    const rows = planned(events);
    expect(rows[1]).toBe(84_990n - 15_010n);
    expect(rows.slice(2, 11).every((amount) => amount === 84_990n)).toBe(true);
    const march = unwrap(replay(reschedule, events, on("2026-03-01")));
    // Balance 1,000,000 − 81,890 − 15,010 = 903,100; February's 28 days: 2,529 of interest (events.test.ts)
    expect(march.installments[1]).toMatchObject({ interestDueMinor: 2_529n, principalDueMinor: 69_980n - 2_529n });
  });
  it("as Fineract's 'reschedule next repayments': installment 2 is the level payment, $150.10 of it paid ahead", () => {
    // Fineract's rescheduleStrategyMethod 1 ("Reschedule next repayments", the alternative to reducing the EMI or the
    // number of installments: API reference and the Mifos product form's help) keeps the EMI and the term and counts
    // an advance payment toward the next installments. With interest on the lower balance (25.29), installment 2 is
    // still 849.90 = 25.29 + 824.61 of principal, 150.10 of it paid ahead, so 699.80 is due; later ones keep 849.90.
    const march = unwrap(replay(reschedule, [...funded, pay("2026-02-01", 100_000n, "p1")], on("2026-03-01")));
    const second = march.installments[1]!;
    expect(15_010n + second.principalDueMinor + second.interestDueMinor).toBe(84_990n);
    expect(15_010n + second.principalDueMinor).toBe(82_461n);
    expect(march.installments.slice(2, 11).map((i) => i.plannedMinor)).toEqual(Array(9).fill(84_990n));
  });
  it("$1,150.10 extra: installment 2 down to its interest only, installment 3 to $549.70, the rest unchanged", () => {
    const events = [...funded, pay("2026-02-01", 200_000n, "p1")];
    const rows = planned(events);
    expect([rows[1], rows[2]]).toEqual([0n, 84_990n - (115_010n - 84_990n)]);
    expect(rows.slice(3, 11).every((amount) => amount === 84_990n)).toBe(true);
    // 803,100 × 3.65 % × 28/365 = 2,248.68 → 2,249, and no principal
    const march = unwrap(replay(reschedule, events, on("2026-03-01")));
    expect(march.installments[1]).toMatchObject({ interestDueMinor: 2_249n, principalDueMinor: 0n });
  });
  it("the last installment settles the principal: paid as planned to the end, the loan is paid off", () => {
    const events: LoanEvent[] = [...funded, pay("2026-02-01", 100_000n, "p1")];
    let state = unwrap(replay(reschedule, events, on("2026-03-01")));
    for (let k = 1; k < 12; k++) {
      const due = state.installments[k]!;
      state = unwrap(replay(reschedule, events, due.dueDate));
      const owed = state.installments[k]!.principalDueMinor + state.installments[k]!.interestDueMinor;
      events.push(pay(due.dueDate, owed, `p${k + 1}`));
      state = unwrap(replay(reschedule, events, due.dueDate));
    }
    expect(state.principalBalanceMinor).toBe(0n);
    expect(state.status).toBe("paid-off");
  });
});

describe("a payment's own prepayment choice", () => {
  const choosing = makeLoan({}, { prepayment: "reduce-term", prepaymentChoices: ["reschedule-next-repayments"] });
  const extra = (prepayment?: "reschedule-next-repayments" | "reduce-installment"): LoanEvent[] => [
    ...funded,
    { ...pay("2026-02-01", 100_000n, "p1"), ...(prepayment === undefined ? {} : { prepayment }) },
  ];
  it("a listed choice applies to that payment; without one the product's reduce-term applies", () => {
    expect(planned(extra("reschedule-next-repayments"), choosing)[1]).toBe(69_980n);
    expect(planned(extra(), choosing)[1]).toBe(84_990n);
  });
  it("a choice the product does not list is refused: prepayment_choice_not_allowed", () => {
    expect(replay(choosing, extra("reduce-installment"), on("2026-03-01"))).toMatchObject({
      ok: false,
      error: { code: "prepayment_choice_not_allowed", path: ["prepayment"] },
    });
    expect(replay(makeLoan(), extra("reschedule-next-repayments"), on("2026-03-01"))).toMatchObject({
      ok: false,
      error: { code: "prepayment_choice_not_allowed" },
    });
  });
});
