import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { dec } from "../money/index.js";
import type { LoanEvent } from "./events.js";
import { disburse, makeLoan, on, pay } from "./fixtures.js";
import type { ServicingPolicy } from "./policy.js";
import { replay } from "./replay.js";

// Issue 13: the late fee's base and the day it is assessed. Fixture loan: $10,000 at 3.65 % ($1.00 a day), installment
// 1 due 2026-02-01 of $849.90 = $31.00 interest + $818.90 principal; a 10 % late fee after 15 grace days; a $50 fee
// charged 2026-01-05 and left unpaid.
const events: LoanEvent[] = [
  disburse("2026-01-01", 1_000_000n, "d"),
  { id: "fee", type: "fee-charge", effectiveDate: on("2026-01-05"), amountMinor: 5_000n },
];
const lateFee = (late: Partial<NonNullable<ServicingPolicy["lateFee"]>>, asOf: string, extra: LoanEvent[] = []) => {
  const rule = { type: "percent", percent: dec("10"), rounding: "half-up" } as const;
  const loan = makeLoan({}, { lateFee: { rule, graceDays: 15, ...late } });
  const state = unwrap(replay(loan, [...events, ...extra], on(asOf)));
  return state.charges.filter((charge) => charge.id.startsWith("late-fee"));
};

describe("lateFee.base", () => {
  it.each([
    { base: undefined, want: 8_499n, why: "default principal-and-interest: 10 % × 849.90" },
    { base: "principal-and-interest", want: 8_499n, why: "10 % × 849.90" },
    { base: "principal", want: 8_189n, why: "10 % × 818.90" },
    { base: "overdue-amount", want: 8_999n, why: "10 % × (849.90 + the unpaid $50 fee)" },
  ] as const)("$base → $want ($why)", ({ base, want }) => {
    const charges = lateFee(base === undefined ? {} : { base }, "2026-02-20");
    expect(charges.map((charge) => [charge.dueDate, charge.amountMinor])).toEqual([["2026-02-17", want]]);
  });
});

describe("lateFee.assessment", () => {
  it("default day-after-grace: assessed 2026-02-17 (due + 15 + 1), nothing on the 16th", () => {
    expect(lateFee({}, "2026-02-16")).toEqual([]);
    expect(lateFee({}, "2026-02-17").map((charge) => charge.dueDate)).toEqual(["2026-02-17"]);
  });
  it("last-grace-day: dated 2026-02-16 (due + 15), decided after that day's payments", () => {
    expect(lateFee({ assessment: "last-grace-day" }, "2026-02-17").map((c) => c.dueDate)).toEqual(["2026-02-16"]);
  });
  it("last-grace-day: a payment on the last grace day, before the assessment, avoids the fee", () => {
    const paid = [pay("2026-02-16", 84_990n + 5_000n, "p")];
    expect(lateFee({ assessment: "last-grace-day" }, "2026-02-20", paid)).toEqual([]);
  });
});

describe("product latePayment.lateFeeBase / lateFeeAssessment and payoffInterest reach the policy", () => {
  it("maps them, and leaves them out when the product does not set them", async () => {
    const { demoProducts } = await import("../products/demo-products.js");
    const { policyFromProduct } = await import("./product-policy.js");
    const product = demoProducts[0]!;
    const plain = unwrap(policyFromProduct(product, "accrual"));
    expect([plain.lateFee?.base, plain.lateFee?.assessment, plain.payoffInterest]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const latePayment = {
      ...product.latePayment,
      lateFeeBase: "principal",
      lateFeeAssessment: "last-grace-day",
    } as const;
    const set = unwrap(policyFromProduct({ ...product, latePayment, payoffInterest: "to-period-end" }, "accrual"));
    expect([set.lateFee?.base, set.lateFee?.assessment, set.payoffInterest]).toEqual([
      "principal",
      "last-grace-day",
      "to-period-end",
    ]);
  });
});
