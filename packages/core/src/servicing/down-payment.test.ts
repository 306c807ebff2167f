import { describe, expect, it } from "vitest";
import { disburse, makeLoan, on } from "./fixtures.js";
import { replay } from "./replay.js";

// Issue 13: a down payment is quoted and scheduled (schedule/down-payment.test.ts); its installment falls due on the
// disbursement date, which servicing does not model yet, so a loan with one is refused with a clear code.
describe("servicing a down payment", () => {
  it("is refused with unsupported_combination at downPayment", () => {
    const loan = makeLoan({ principalMinor: 100_000n, numberOfPayments: 4, downPayment: { amountMinor: 20_000n } });
    const result = replay(loan, [disburse("2026-01-01", 100_000n, "dsb")], on("2026-01-01"));
    expect(result).toMatchObject({ ok: false, error: { code: "unsupported_combination", path: ["downPayment"] } });
  });
});
