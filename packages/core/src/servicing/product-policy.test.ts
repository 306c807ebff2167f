import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { trialBalance } from "../ledger/index.js";
import { dec } from "../money/index.js";
import { demoProducts } from "../products/demo-products.js";
import { type ProductDefinition, toScheduleTerms } from "../products/index.js";
import { buildSchedule } from "../schedule/index.js";
import type { LoanEvent } from "./events.js";
import { policyFromProduct } from "./product-policy.js";
import { replay } from "./replay.js";

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
      fees: { late: { type: "flat", amount: 2500 } },
      want: { rule: { type: "flat", amountMinor: 2500n }, graceDays: 10 },
    },
    {
      name: "a capped percent of the overdue amount",
      fees: { late: { type: "percent", percent: "5", base: "overdue-amount", max: 4000 } },
      want: {
        rule: { type: "percent", percent: dec("5"), rounding: base.rounding.mode, maxMinor: 4000n },
        graceDays: 10,
      },
    },
  ])("maps $name", ({ fees, want }) => {
    const product = { ...base, fees, latePayment: { ...base.latePayment, graceDays: 10 } };
    expect(unwrap(policyFromProduct(product, "accrual")).lateFee).toEqual(want);
  });

  it("refuses a percent base servicing cannot honor", () => {
    const product = { ...base, fees: { late: { type: "percent" as const, percent: "1", base: "principal" as const } } };
    expect(policyFromProduct(product, "accrual")).toMatchObject({ ok: false, error: { code: "unsupported_product" } });
  });
});

describe("a demo product end to end: product → terms + policy → replay", () => {
  it.each(demoProducts.map((product) => [product.name, product] as const))(
    "%s: on-time payments pay it off and the books balance",
    (_, product) => {
      const amountMinor = BigInt(product.amountLimits.min);
      const terms = unwrap(toScheduleTerms(product, { amountMinor, disbursementDate: "2026-01-05" }));
      const loan = { terms, policy: unwrap(policyFromProduct(product, "accrual")) };
      const schedule = unwrap(buildSchedule(terms));
      const events: LoanEvent[] = [
        { id: "dsb", type: "disbursement", effectiveDate: terms.disbursementDate, amountMinor: terms.principalMinor },
      ];
      schedule.rows.forEach((row, k) => {
        // Pay each installment on its due date; the last payment rounds up generously, the excess is credit.
        const amount =
          k === schedule.rows.length - 1 ? row.totalMinor + terms.principalMinor / 100n + 10_000n : row.totalMinor;
        events.push({ id: `p${k}`, type: "payment", effectiveDate: row.dueDate, amountMinor: amount });
      });
      const last = schedule.rows[schedule.rows.length - 1];
      if (!last) throw new Error("empty schedule");
      const state = unwrap(replay(loan, events, last.dueDate));
      expect(["overpaid", "paid-off"]).toContain(state.status);
      expect(state.outstanding.totalMinor).toBe(0n);
      expect(state.daysPastDue).toBe(0);
      expect(state.charges.filter((c) => c.kind === "penalty")).toEqual([]);
      expect(trialBalance(state.journal, last.dueDate).totals.every((t) => t.balanceMinor === 0n)).toBe(true);
    },
  );
});
