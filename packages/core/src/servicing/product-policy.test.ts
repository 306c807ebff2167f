import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { dec } from "../money/index.js";
import { demoProducts, type ProductDefinition } from "../products/index.js";
import { policyFromProduct } from "./product-policy.js";

const base = demoProducts[0];
if (!base) throw new Error("no demo product");

describe("policyFromProduct", () => {
  it("copies the product's allocation, overpayment, prepayment and delinquency settings", () => {
    const policy = unwrap(policyFromProduct(base, "cash"));
    expect(policy.waterfall).toEqual(base.paymentAllocation.order);
    expect(policy.allocation).toBe(base.paymentAllocation.strategy);
    expect(policy.overpayment).toBe(base.overpayment);
    expect(policy.prepayment).toBe(base.prepayment);
    expect(policy.delinquencyBuckets).toEqual(base.delinquency.buckets);
    expect(policy.nonPerformingAfterDays).toBe(base.delinquency.nonPerformingAfterDays);
    expect(policy.accountingBasis).toBe("cash");
  });

  it.each<{ name: string; fees: ProductDefinition["fees"]; want: unknown }>([
    {
      name: "a flat late fee",
      fees: { late: { type: "flat", amountMinor: 2500 } },
      want: { rule: { type: "flat", amountMinor: 2500n }, graceDays: 10 },
    },
    {
      name: "a capped percent of the overdue amount",
      fees: { late: { type: "percent", percent: "5", base: "overdue-amount", maxMinor: 4000 } },
      want: {
        rule: { type: "percent", percent: dec("5"), rounding: base.rounding.mode, maxMinor: 4000n },
        graceDays: 10,
      },
    },
  ])("maps $name", ({ fees, want }) => {
    const product = { ...base, fees, latePayment: { ...base.latePayment, graceDays: 10 } };
    expect(unwrap(policyFromProduct(product, "accrual")).lateFee).toEqual(want);
  });

  it("refuses a percent base servicing cannot honour", () => {
    const product = { ...base, fees: { late: { type: "percent" as const, percent: "1", base: "principal" as const } } };
    expect(policyFromProduct(product, "accrual")).toMatchObject({ ok: false, error: { code: "unsupported_product" } });
  });
});
