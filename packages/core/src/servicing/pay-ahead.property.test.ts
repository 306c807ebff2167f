import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import type { LoanEvent } from "./events.js";
import { disburse, makeLoan, pay } from "./fixtures.js";
import { replay } from "./replay.js";

// Issue 13, early and extra payments. `overpayment: "hold-as-credit"` is pay-ahead: money beyond what is due is held
// and settles the next installments as they fall due, so the schedule's due dates and due amounts never change.
// `apply-to-principal` with `prepayment: "reduce-term"` or `"reduce-installment"` re-amortizes (events.test.ts has
// the worked examples: $10,000 at 3.65 %, 12 monthly; a $150.10 extra on 1 Feb).

const dueAmounts = (
  events: ReadonlyArray<LoanEvent>,
  terms: { numberOfPayments: number; annualRatePercent: string },
) => {
  const loan = makeLoan(terms, { overpayment: "hold-as-credit" });
  const state = unwrap(replay(loan, events, date("2030-01-01")));
  return state.installments.map((i) => [i.dueDate, i.plannedMinor, i.principalDueMinor, i.interestDueMinor]);
};

describe("pay-ahead (hold-as-credit)", () => {
  it("property: paying installments ahead never changes the installments' due dates or due amounts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 24 }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (n, rateHundredths, first, length, offset) => {
          const terms = { numberOfPayments: n, annualRatePercent: (rateHundredths / 100).toFixed(2) };
          const disbursement = disburse("2026-01-01", 1_000_000n, "d");
          const plan = unwrap(replay(makeLoan(terms), [disbursement], date("2026-01-01"))).installments;
          // Installments j .. j+k−1 (never the last) paid together ahead of installment j's due date; every other
          // installment paid exactly on its due date.
          const j = first % (n - 1);
          const from = j === 0 ? date("2026-01-01") : plan[j - 1]!.dueDate;
          const onTime: LoanEvent[] = [
            disbursement,
            ...plan.map((i) => pay(i.dueDate, i.plannedMinor, `p${i.number}`)),
          ];
          // Money that covers all the principal still owed is a payoff, not pay-ahead (pinned below): k stops short.
          const owed = unwrap(replay(makeLoan(terms), onTime, from)).principalBalanceMinor;
          let most = 0;
          for (let paid = 0n; j + most < n - 1 && paid + plan[j + most]!.plannedMinor < owed; most += 1) {
            paid += plan[j + most]!.plannedMinor;
          }
          fc.pre(most > 0);
          const k = 1 + (length % most);
          const gap = Math.max(1, Math.round((Date.parse(plan[j]!.dueDate) - Date.parse(from)) / 86_400_000) - 1);
          const early = addDays(from, 1 + (offset % gap));
          const ahead = plan.slice(j, j + k).reduce((sum, i) => sum + i.plannedMinor, 0n);
          const paidAhead: LoanEvent[] = [
            disbursement,
            ...plan.filter((_, x) => x < j || x >= j + k).map((i) => pay(i.dueDate, i.plannedMinor, `p${i.number}`)),
            pay(early, ahead, "ahead"),
          ];
          expect(dueAmounts(paidAhead, terms)).toEqual(dueAmounts(onTime, terms));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("pay-ahead that covers all the principal owed", () => {
  // fast-check's counterexample (seed 237332767): 21 monthly at 12.02 %; installments 8–20 (13 × $530.40 =
  // $6,895.20) paid together on 2026-08-02, more than the principal still owed. The loan is paid off then: no
  // further interest, the later installments dropped, and the last installment, paid on its due date, held
  // as a credit.
  it("pays the loan off on the spot instead of holding the money ahead", () => {
    const terms = { numberOfPayments: 21, annualRatePercent: "12.02" };
    const disbursement = disburse("2026-01-01", 1_000_000n, "d");
    const plan = unwrap(replay(makeLoan(terms), [disbursement], date("2026-01-01"))).installments;
    const ahead = plan.slice(7, 20).reduce((sum, i) => sum + i.plannedMinor, 0n);
    expect(ahead).toBe(689_520n);
    expect(ahead).toBeGreaterThan(plan.slice(7).reduce((sum, i) => sum + i.principalDueMinor, 0n));
    const events: LoanEvent[] = [
      disbursement,
      ...plan.filter((_, x) => x < 7 || x === 20).map((i) => pay(i.dueDate, i.plannedMinor, `p${i.number}`)),
      pay("2026-08-02", ahead, "ahead"),
    ];
    const state = unwrap(replay(makeLoan(terms, { overpayment: "hold-as-credit" }), events, date("2030-01-01")));
    expect([state.status, state.principalBalanceMinor, state.installments.length]).toEqual(["overpaid", 0n, 7]);
    expect(state.creditBalanceMinor).toBe(plan[20]!.plannedMinor);
  });
});

describe("pay-ahead worked example", () => {
  // $10,000 at 3.65 % (Actual/365, $1.00 a day), 12 × $849.90 from 2026-02-01. Installment 1 on time; installments 2
  // and 3 (2 × $849.90) paid on 2026-02-15. Installment 2 still owes Feb's 28 days of interest on $9,181.10:
  // 918,110 × 3.65 % × 28/365 = 2,570.7 → $25.71 (events.test.ts), and is paid from the credit when it falls due.
  it("installment 2 keeps its due date and its $25.71 of interest, paid from the credit on 2026-03-01", () => {
    const loan = makeLoan({}, { overpayment: "hold-as-credit" });
    const events = [
      disburse("2026-01-01", 1_000_000n, "d"),
      pay("2026-02-01", 84_990n, "p1"),
      pay("2026-02-15", 169_980n, "ahead"),
    ];
    const march = unwrap(replay(loan, events, date("2026-03-01")));
    const second = march.installments[1]!;
    expect([second.dueDate, second.interestDueMinor, second.status]).toEqual(["2026-03-01", 2_571n, "paid"]);
    expect(march.creditBalanceMinor).toBe(84_990n);
  });
});
