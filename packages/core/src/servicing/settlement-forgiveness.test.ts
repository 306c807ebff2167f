import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { accountBalance, trialBalance } from "../ledger/index.js";
import type { LoanEvent } from "./events.js";
import { disburse, makeLoan, pay } from "./fixtures.js";
import { replay } from "./replay.js";
import { settlementBalanceOf } from "./settlement-forgiveness.js";

// $10,000 at 3.65 % Actual/365F: 1 minor unit of interest a day per 10,000 of principal (100 a day here).
const loan = makeLoan();
const forgive = (day: string, id = "sfg_1"): LoanEvent => ({
  id,
  type: "settlement-forgiveness",
  effectiveDate: date(day),
  postedAt: 9,
  settlementId: "stl_1",
});

describe("settlement forgiveness", () => {
  it("forgives what a lump sum leaves: 1,000,000 + 200 days of interest + 6 late fees − 600,000 paid = 435,000", () => {
    // No installment paid: 2026-07-20 is day 200 (interest 200 × 100; unpaid interest earns none); six installments
    // fell due 02-01…07-01, each late 15 days later (2,500 each).
    const opened = [disburse("2026-01-01", 1_000_000n)];
    const before = unwrap(replay(loan, opened, date("2026-07-20")));
    const balance = settlementBalanceOf(before);
    expect(balance).toBe(1_000_000n + 20_000n + 6n * 2_500n);
    const events = [...opened, pay("2026-07-20", 600_000n), forgive("2026-07-20")];
    const state = unwrap(replay(loan, events, date("2026-07-20")));
    const forgiven = state.transactions.find((t) => t.type === "settlement-forgiveness");
    expect(forgiven?.amountMinor).toBe(435_000n);
    expect(state).toMatchObject({ status: "settled", daysPastDue: 0, nextDue: null, principalBalanceMinor: 0n });
    expect(state.outstanding.totalMinor).toBe(0n);
    const tb = trialBalance(state.journal, date("2026-07-20"));
    for (const total of tb.totals) expect(total.balanceMinor).toBe(0n);
    for (const account of [
      "principal_receivable",
      "interest_receivable",
      "fee_receivable",
      "penalty_receivable",
    ] as const)
      expect(accountBalance(state.journal, account, "USD", date("2026-07-20"))).toBe(0n);
    expect(accountBalance(state.journal, "charge_off_expense", "USD", date("2026-07-20"))).toBe(balance - 600_000n);
  });

  it("stays settled: no interest accrues, nothing falls due, a later payment is refused", () => {
    const events = [disburse("2026-01-01", 1_000_000n), pay("2026-03-01", 500_000n), forgive("2026-03-01")];
    const later = unwrap(replay(loan, events, date("2027-06-01")));
    expect(later).toMatchObject({ status: "settled", daysPastDue: 0, accruedInterestMinor: 0n });
    const refused = replay(loan, [...events, pay("2026-04-01", 1_000n, "pmt_late")], date("2026-04-01"));
    expect(refused.ok ? undefined : refused.error.code).toBe("loan_closed");
  });

  it("on a charged-off loan forgives what was not recovered, with no posting", () => {
    const events: LoanEvent[] = [
      disburse("2026-01-01", 1_000_000n),
      { id: "co_1", type: "charge-off", effectiveDate: date("2026-06-15") },
      { id: "rec_1", type: "recovery", effectiveDate: date("2026-07-01"), amountMinor: 300_000n },
    ];
    const charged = unwrap(replay(loan, events, date("2026-07-01")));
    const total = charged.chargedOff?.totalMinor ?? 0n;
    expect(settlementBalanceOf(charged)).toBe(total - 300_000n);
    const state = unwrap(replay(loan, [...events, forgive("2026-07-01")], date("2026-07-01")));
    expect(state.status).toBe("settled");
    expect(state.transactions.at(-1)).toMatchObject({ type: "settlement-forgiveness", amountMinor: total - 300_000n });
    expect(state.journal.filter((entry) => entry.eventId === "sfg_1")).toEqual([]);
    const recovery = replay(
      loan,
      [
        ...events,
        forgive("2026-07-01"),
        { id: "rec_2", type: "recovery", effectiveDate: date("2026-07-02"), amountMinor: 1n },
      ],
      date("2026-07-02"),
    );
    expect(recovery.ok ? undefined : recovery.error.code).toBe("loan_not_charged_off");
  });

  it("refuses a paid-off loan", () => {
    const payoff = unwrap(replay(loan, [disburse("2026-01-01", 1_000_000n)], date("2026-02-10")));
    const amount = payoff.outstanding.totalMinor + payoff.accruedInterestMinor;
    const events = [disburse("2026-01-01", 1_000_000n), pay("2026-02-10", amount), forgive("2026-02-11")];
    const refused = replay(loan, events, date("2026-02-11"));
    expect(refused.ok ? undefined : refused.error.code).toBe("loan_closed");
  });
});
