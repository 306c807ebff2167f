import { describe, expect, it } from "vitest";
import { disburse, makeLoan, on, pay } from "./fixtures.js";
import { replay } from "./replay.js";

// Issue 13: a down payment is installment 1, due on the disbursement date (schedule/down-payment.test.ts). The worked
// example: $1,000 at 10 % (30/360, 10/12 % a month), 4 monthly installments, $200 down on 2026-01-01, then
// PMT(10/1200, 3, −800) = $271.12 with interest half-up 800 × 10/1200 = 6.67, 4.46, 2.24 and a last $271.13.
const loan = (isCollectedAtDisbursement: boolean) =>
  makeLoan({
    principalMinor: 100_000n,
    annualRatePercent: "10",
    numberOfPayments: 4,
    dayCount: "30/360-us",
    downPayment: { amountMinor: 20_000n, isCollectedAtDisbursement },
  });
const installments = [pay("2026-02-01", 27_112n, "p1"), pay("2026-03-01", 27_112n, "p2"), pay("2026-04-01", 27_113n)];

function replayed(...args: Parameters<typeof replay>) {
  const result = replay(...args);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}
const dueFigures = (state: ReturnType<typeof replayed>) =>
  state.installments.map((i) => [i.dueDate, i.status, i.principalDueMinor, i.interestDueMinor]);

describe("servicing a down payment", () => {
  it("collected at once: the disbursement posts a payment of it; 3 × $271.12 then pay the loan off", () => {
    const opened = replayed(loan(true), [disburse("2026-01-01", 100_000n, "dsb")], on("2026-01-01"));
    expect(opened.transactions.map((t) => [t.id, t.type, t.amountMinor])).toEqual([
      ["dsb", "disbursement", 100_000n],
      ["dsb:down-payment", "payment", 20_000n],
    ]);
    expect(opened.outstanding.principalMinor).toBe(80_000n);
    expect(opened.installments[0]).toMatchObject({ number: 1, status: "paid", principalPaidMinor: 20_000n });
    expect(opened.daysPastDue).toBe(0);

    const closed = replayed(loan(true), [disburse("2026-01-01", 100_000n, "dsb"), ...installments], on("2026-04-01"));
    expect(dueFigures(closed)).toEqual([
      ["2026-01-01", "paid", 20_000n, 0n],
      ["2026-02-01", "paid", 26_445n, 667n],
      ["2026-03-01", "paid", 26_666n, 446n],
      ["2026-04-01", "paid", 26_889n, 224n],
    ]);
    expect(closed.status).toBe("paid-off");
  });

  it("owed and paid on the disbursement date: the same figures as collected at once", () => {
    const events = [disburse("2026-01-01", 100_000n, "dsb"), pay("2026-01-01", 20_000n, "pmt-down"), ...installments];
    const closed = replayed(loan(false), events, on("2026-04-01"));
    expect(dueFigures(closed).map((row) => row[3])).toEqual([0n, 667n, 446n, 224n]);
    expect(closed.transactions.some((t) => t.id === "dsb:down-payment")).toBe(false);
    expect(closed.status).toBe("paid-off");
  });

  it("owed and unpaid: overdue from the disbursement date, and $1,000 earns the first month's interest", () => {
    const state = replayed(loan(false), [disburse("2026-01-01", 100_000n, "dsb")], on("2026-02-01"));
    expect(state.daysPastDue).toBe(31);
    expect(state.installments[0]).toMatchObject({ status: "overdue", principalDueMinor: 20_000n });
    // 100,000 × 10 % × 30/360 = 833.33 → 833 (half-up), not the 667 on $800.
    expect(state.installments[1]?.interestDueMinor).toBe(833n);
  });

  it("is first disbursed on its disbursement date, at least the down payment", () => {
    expect(replay(loan(true), [disburse("2025-12-31", 100_000n)], on("2026-01-02"))).toMatchObject({
      ok: false,
      error: { code: "invalid_disbursement_date", path: ["effectiveDate"] },
    });
    expect(replay(loan(false), [disburse("2026-01-02", 100_000n)], on("2026-01-02"))).toMatchObject({
      ok: false,
      error: { code: "invalid_disbursement_date" },
    });
    expect(replay(loan(true), [disburse("2026-01-01", 19_999n)], on("2026-01-02"))).toMatchObject({
      ok: false,
      error: { code: "invalid_amount", path: ["amountMinor"] },
    });
  });
});
