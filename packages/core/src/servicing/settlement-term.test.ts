/**
 * No prepayment fee while a settlement runs, on the base loan of replay.test.ts and prepayment-fee.test.ts:
 * $10,000.00 at 3.65 % Actual/365F, level payment $849.90; installment 1 (1 Feb) = $31.00 interest + $818.90
 * principal. A flat $100 prepayment fee. On 1 Feb 184,990 pays installment 1 and prepays 100,000 of principal:
 * without a settlement that owes the $100 fee (prepayment-fee.test.ts); with one running, it does not.
 */
import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import type { LoanEvent, SettlementTermEvent } from "./events.js";
import { disburse, makeLoan, on, pay } from "./fixtures.js";
import { quotePayoff } from "./payoff.js";
import { replay } from "./replay.js";

const loan = makeLoan({}, { prepaymentFee: { rule: { type: "flat", amountMinor: 10_000n }, base: "prepaid-amount" } });
const funded: LoanEvent[] = [disburse("2026-01-01", 1_000_000n, "dsb")];
const term = (day: string, phase: "start" | "end", settlementId = "stl_1"): SettlementTermEvent => ({
  id: `sts_${phase}_${day}`,
  type: "settlement",
  effectiveDate: on(day),
  phase,
  settlementId,
});
const feeOf = (events: LoanEvent[], asOf: string, paymentId: string) =>
  unwrap(replay(loan, events, on(asOf))).charges.find((c) => c.id === `prepayment-fee:${paymentId}`)?.amountMinor;

describe("settlement start and end events", () => {
  it("charges no prepayment fee on a payment beyond what is due while a settlement runs", () => {
    const without = [...funded, pay("2026-02-01", 184_990n, "p1")];
    expect(feeOf(without, "2026-02-01", "p1")).toBe(10_000n);
    const during = [...funded, term("2026-01-20", "start"), pay("2026-02-01", 184_990n, "p1")];
    expect(feeOf(during, "2026-02-01", "p1")).toBeUndefined();
    const state = unwrap(replay(loan, during, on("2026-02-01")));
    // 1,000,000 − 81,890 (installment 1) − 100,000 prepaid, no fee owed.
    expect(state.outstanding).toMatchObject({ principalMinor: 818_110n, feesMinor: 0n });
  });

  it("charges it again once the settlement ended (broken), and a payment before the start is charged", () => {
    const ended = [
      ...funded,
      term("2026-01-20", "start"),
      term("2026-01-25", "end"),
      pay("2026-02-01", 184_990n, "p1"),
    ];
    expect(feeOf(ended, "2026-02-01", "p1")).toBe(10_000n);
    const before = [...funded, pay("2026-02-01", 184_990n, "p1"), term("2026-02-02", "start")];
    expect(feeOf(before, "2026-02-10", "p1")).toBe(10_000n);
  });

  it("quotes a payoff without the fee while it runs, and paying that quote pays the loan off", () => {
    const events = [...funded, term("2026-01-05", "start")];
    const quote = unwrap(quotePayoff(loan, events, on("2026-01-10")));
    expect(quote.breakdown.prepaymentFeeMinor).toBe(0n);
    expect(quote.amountMinor).toBe(1_000_900n); // 1,000,000 + 9 days × 100
    const state = unwrap(replay(loan, [...events, pay("2026-01-10", quote.amountMinor, "po")], on("2026-01-10")));
    expect(state.status).toBe("paid-off");
    expect(state.transactions.some((t) => t.type === "prepayment-fee")).toBe(false);
  });

  it("refuses a start on a paid-off loan and an end of a settlement not running", () => {
    const paidOff = [...funded, pay("2026-01-10", 1_010_900n, "po")];
    const start = replay(loan, [...paidOff, term("2026-01-11", "start")], on("2026-01-11"));
    expect(start.ok ? "" : start.error.code).toBe("loan_closed");
    const end = replay(
      loan,
      [...funded, term("2026-01-11", "start"), term("2026-01-12", "end", "stl_2")],
      on("2026-01-12"),
    );
    expect(end.ok ? "" : end.error.code).toBe("settlement_not_running");
  });
});
