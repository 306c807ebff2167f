/**
 * Rate changes around a due date, on the loans-API standard loan: $10,000.00 at 12 % a year,
 * Actual/365F, 12 monthly payments, disbursed 2025-01-01, first due 2025-02-01, interest rounded
 * half-up. Installment 1 (Jan, 31 days): 1,000,000 × 12 % × 31 / 365 = 10,191.78 → 10,192 cents;
 * the 88,849 level payment leaves 78,657 of principal paid and 921,343 owed from 2025-02-01.
 *
 * The rule: a rate change effective on day D prices the interest of day D onwards; the interest of
 * the days before D (so the whole of an installment due on D) stays at the old rate, whichever of
 * the day's events was posted first. Each period's interest is rounded on its own (no carried
 * sub-cent rest), so the figures below are the by-hand products rounded half-up.
 */
import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { accountBalance, trialBalance } from "../ledger/index.js";
import { dec } from "../money/index.js";
import type { LoanEvent } from "./events.js";
import { disburse, makeLoan, on, pay } from "./fixtures.js";
import { replay } from "./replay.js";

const loan = makeLoan({ annualRatePercent: "12", disbursementDate: "2025-01-01", firstPaymentDate: "2025-02-01" });

function toSixPercent(effectiveDate: string, postedAt: number): LoanEvent {
  return {
    id: `rc_${effectiveDate}`,
    type: "rate-change",
    effectiveDate: date(effectiveDate),
    postedAt,
    rate: { kind: "fixed", annualRatePercent: dec("6") },
  };
}

const paid = (postedAt: number): LoanEvent => ({ ...pay("2025-02-01", 88_849n, "p1"), postedAt });

describe("a 12 % → 6 % rate change and installment 2's interest (921,343 owed over 28 February days)", () => {
  const cases = [
    {
      given: "effective on the due date 2025-02-01, posted after the payment",
      effective: "2025-02-01",
      ratePostedAt: 2,
      // 921,343 × 6 % × 28 / 365 = 4,240.70 → 4,241 (the issue-5 case; carrying period 1's −0.22 gave 4,240).
      want: 4_241n,
    },
    {
      given: "effective on the due date 2025-02-01, posted before the payment",
      effective: "2025-02-01",
      ratePostedAt: 0,
      want: 4_241n,
    },
    {
      given: "effective 2025-02-02: 1 day at 12 %, 27 at 6 %",
      effective: "2025-02-02",
      ratePostedAt: 2,
      // 921,343 × (0.12 × 1 + 0.06 × 27) / 365 = 921,343 × 1.74 / 365 = 4,392.16 → 4,392
      want: 4_392n,
    },
    {
      given: "effective 2025-02-10: 9 days at 12 %, 19 at 6 %",
      effective: "2025-02-10",
      ratePostedAt: 2,
      // 921,343 × (0.12 × 9 + 0.06 × 19) / 365 = 921,343 × 2.22 / 365 = 5,603.78 → 5,604
      want: 5_604n,
    },
    {
      given: "effective on installment 2's own due date 2025-03-01: none of its days",
      effective: "2025-03-01",
      ratePostedAt: 2,
      // 921,343 × 12 % × 28 / 365 = 8,481.40 → 8,481
      want: 8_481n,
    },
  ];
  for (const c of cases) {
    it(c.given, () => {
      const events = [disburse("2025-01-01", 1_000_000n, "dsb"), paid(1), toSixPercent(c.effective, c.ratePostedAt)];
      const state = unwrap(replay(loan, events, on("2025-03-01")));
      const [first, second] = state.installments;
      expect([first?.interestDueMinor, first?.principalDueMinor]).toEqual([10_192n, 78_657n]);
      expect(second?.interestDueMinor).toBe(c.want);
    });
  }
});

describe("a rate change on the due date: re-amortization and books", () => {
  const events = [disburse("2025-01-01", 1_000_000n, "dsb"), paid(1), toSixPercent("2025-02-01", 2)];
  const state = unwrap(replay(loan, events, on("2025-03-01")));

  it("re-prices the 11 installments left at PMT(6 % / 12, 11, −9,213.43)", () => {
    // PMT(0.005, 11, -921343) = 86,292.09 → 86,292; installment 2 principal = 86,292 − 4,241.
    expect(state.levelInstallmentMinor).toBe(86_292n);
    expect(state.installments[1]?.principalDueMinor).toBe(86_292n - 4_241n);
    expect(state.annualRatePercent).toEqual(dec("6"));
  });

  it("books exactly the interest that fell due, and the trial balance nets to zero", () => {
    const asOf = on("2025-03-01");
    const income = accountBalance(state.journal, "interest_income", "USD", asOf);
    expect(income).toBe(-(10_192n + 4_241n));
    expect(accountBalance(state.journal, "interest_receivable", "USD", asOf)).toBe(4_241n);
    expect(trialBalance(state.journal, asOf).totals[0]?.balanceMinor).toBe(0n);
  });
});
