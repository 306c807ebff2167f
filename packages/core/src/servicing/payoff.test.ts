/**
 * validateEvent: each bad event gets its specific code and a good one returns the state after it.
 * Amounts use the base loan of replay.test.ts (payoff on 10 Jan = 1,000,000 + 9 days × 100).
 */
import { describe, expect, it } from "vitest";
import type { LoanEvent } from "./events.js";
import { disburse, makeLoan, on, pay } from "./fixtures.js";
import { validateEvent } from "./payoff.js";

const loan = makeLoan();
const stored: LoanEvent[] = [
  disburse("2026-01-01", 1_000_000n, "dsb"),
  { id: "fee", type: "fee-charge", effectiveDate: on("2026-01-05"), amountMinor: 5_000n },
  pay("2026-02-01", 84_990n, "p1"),
  { id: "rev", type: "payment-reversal", effectiveDate: on("2026-02-03"), transactionId: "p1" },
  pay("2026-02-04", 84_990n, "p2"),
];
const paidOff = [disburse("2026-01-01", 1_000_000n, "dsb"), pay("2026-01-10", 1_000_900n, "payoff")];
const chargedOff = [
  disburse("2026-01-01", 1_000_000n, "dsb"),
  { id: "co", type: "charge-off", effectiveDate: on("2026-03-01") } as LoanEvent,
];
const today = on("2026-03-15");

describe("validateEvent", () => {
  it.each<{ name: string; events: LoanEvent[]; event: LoanEvent; code: string }>([
    { name: "a reused id", events: stored, event: pay("2026-03-01", 10n, "p2"), code: "duplicate_event" },
    { name: "a negative payment", events: stored, event: pay("2026-03-01", -10n), code: "invalid_amount" },
    { name: "a zero payment", events: stored, event: pay("2026-03-01", 0n), code: "invalid_amount" },
    {
      name: "a payment before disbursement",
      events: stored,
      event: pay("2025-12-31", 10n),
      code: "payment_before_disbursement",
    },
    {
      name: "a reversal of an unknown transaction",
      events: stored,
      event: { id: "r9", type: "payment-reversal", effectiveDate: today, transactionId: "nope" },
      code: "unknown_transaction",
    },
    {
      name: "a second reversal",
      events: stored,
      event: { id: "r9", type: "payment-reversal", effectiveDate: today, transactionId: "p1" },
      code: "already_reversed",
    },
    {
      name: "a waiver larger than the fee",
      events: stored,
      event: { id: "w", type: "fee-waiver", effectiveDate: today, chargeId: "fee", amountMinor: 5_001n },
      code: "waiver_exceeds_fee",
    },
    {
      name: "a reschedule on a paid-off loan",
      events: paidOff,
      event: {
        id: "rs",
        type: "reschedule",
        effectiveDate: today,
        firstPaymentDate: on("2026-04-01"),
        numberOfPayments: 6,
      },
      code: "loan_closed",
    },
    {
      name: "a refund beyond the credit balance",
      events: stored,
      event: { id: "rf", type: "refund", effectiveDate: today, amountMinor: 1n },
      code: "refund_exceeds_credit",
    },
    {
      name: "a payment on a charged-off loan",
      events: chargedOff,
      event: pay("2026-03-10", 10n),
      code: "loan_charged_off",
    },
    {
      name: "a reschedule whose first payment is not after it",
      events: stored,
      event: { id: "rs", type: "reschedule", effectiveDate: today, firstPaymentDate: today, numberOfPayments: 6 },
      code: "invalid_reschedule",
    },
  ])("refuses $name with $code", ({ events, event, code }) => {
    const result = validateEvent(loan, events, event, today);
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it("returns the state after a good event (a preview) and never changes the stored list", () => {
    const before = [...stored];
    const result = validateEvent(loan, stored, pay("2026-03-01", 90_000n, "p3"), today);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.transactions.some((t) => t.id === "p3")).toBe(true);
    expect(stored).toEqual(before);
  });

  it("a refund of the whole credit after an overpaid payoff closes the loan", () => {
    const overpaid = [disburse("2026-01-01", 1_000_000n, "dsb"), pay("2026-01-10", 1_001_000n, "payoff")];
    const refund: LoanEvent = { id: "rf", type: "refund", effectiveDate: on("2026-01-12"), amountMinor: 100n };
    const result = validateEvent(loan, overpaid, refund, on("2026-01-12"));
    expect(result).toMatchObject({ ok: true, value: { status: "closed", creditBalanceMinor: 0n } });
  });
});
