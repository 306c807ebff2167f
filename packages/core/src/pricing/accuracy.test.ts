import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { add, dec, decimal, subtract } from "../money/index.js";
import { unadjustedDueDate } from "../schedule/index.js";
import {
  aprTolerancePercent,
  classifyAprTransaction,
  financeChargeTolerance,
  isAprAccurate,
  isFinanceChargeAccurate,
} from "./accuracy.js";
import type { CashFlow } from "./apr.js";

function monthly(amounts: ReadonlyArray<bigint>): CashFlow[] {
  return amounts.map((amountMinor, k) => ({
    amountMinor,
    date: unadjustedDueDate(date("2026-02-01"), "monthly", k).date,
  }));
}

// Tolerances: 12 CFR 1026.22(a)(2) (1/8 point, regular) and (a)(3) (1/4 point, irregular); the boundary is
// inclusive: the SCE documentation flags a disclosed 10.125 % against an exact 10.000 % as in compliance, on the
// cusp (shared/reference/apr-and-compliance.md § 2).
describe("isAprAccurate (§ 1026.22(a))", () => {
  const cases = [
    { disclosed: "10.125", exact: "10", transaction: "regular", want: true },
    { disclosed: "10.126", exact: "10", transaction: "regular", want: false },
    { disclosed: "9.875", exact: "10", transaction: "regular", want: true },
    { disclosed: "9.874", exact: "10", transaction: "regular", want: false },
    { disclosed: "10.25", exact: "10", transaction: "irregular", want: true },
    { disclosed: "10.251", exact: "10", transaction: "irregular", want: false },
    // The § 1026.18 example in pricing.test.ts: exact 7.850878 %, disclosed 7.851 %.
    { disclosed: "7.851", exact: "7.850878", transaction: "regular", want: true },
  ] as const;
  for (const c of cases) {
    it(`${c.disclosed} % against ${c.exact} % (${c.transaction}) → ${c.want}`, () => {
      const input = { disclosedAprPercent: dec(c.disclosed), aprPercent: dec(c.exact), transaction: c.transaction };
      expect(isAprAccurate(input)).toBe(c.want);
    });
  }
  it("property: accurate exactly when |disclosed − exact| ≤ the tolerance, and a regular pass is an irregular pass", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000_000 }), fc.integer({ min: -400_000, max: 400_000 }), (apr, off) => {
        const exact = decimal(BigInt(apr), 6);
        const disclosed = add(exact, decimal(BigInt(off), 6));
        const regular = isAprAccurate({ disclosedAprPercent: disclosed, aprPercent: exact, transaction: "regular" });
        const irregular = isAprAccurate({
          disclosedAprPercent: disclosed,
          aprPercent: exact,
          transaction: "irregular",
        });
        expect(regular).toBe(Math.abs(off) <= 125_000);
        expect(irregular).toBe(Math.abs(off) <= 250_000);
        if (regular) expect(irregular).toBe(true);
      }),
    );
  });
  it("tolerances are 0.125 and 0.25 points", () => {
    expect(subtract(aprTolerancePercent("irregular"), aprTolerancePercent("regular"))).toEqual(dec("0.125"));
  });
});

describe("classifyAprTransaction (§ 1026.22(a)(3))", () => {
  it("level payments with an odd first and final payment are regular", () => {
    expect(classifyAprTransaction(monthly([15_000n, 10_000n, 10_000n, 10_000n, 9_990n]))).toBe("regular");
  });
  it("declining (equal-principal) payments are irregular", () => {
    expect(classifyAprTransaction(monthly([10_300n, 10_200n, 10_100n, 10_000n]))).toBe("irregular");
  });
  it("several advances are irregular; one or two payments are regular", () => {
    expect(classifyAprTransaction(monthly([10_000n, 10_000n, 10_000n]), 2)).toBe("irregular");
    expect(classifyAprTransaction(monthly([10_000n, 20_000n]))).toBe("regular");
  });
});

// § 1026.18(d)(1): dwelling-secured: understated by no more than $100, any overstatement accurate;
// § 1026.18(d)(2): otherwise $5 when the amount financed is $1,000 or less, $10 above.
describe("isFinanceChargeAccurate (§ 1026.18(d))", () => {
  const cases = [
    { amountFinanced: 100_000n, disclosed: 20_500n, exact: 20_000n, dwelling: false, want: true },
    { amountFinanced: 100_000n, disclosed: 20_501n, exact: 20_000n, dwelling: false, want: false },
    { amountFinanced: 100_000n, disclosed: 19_500n, exact: 20_000n, dwelling: false, want: true },
    { amountFinanced: 100_001n, disclosed: 21_000n, exact: 20_000n, dwelling: false, want: true },
    { amountFinanced: 100_001n, disclosed: 18_999n, exact: 20_000n, dwelling: false, want: false },
    // The $10,000 loan of pricing.test.ts: FC $2,080.60; disclosed $2,090.60 is on the cusp.
    { amountFinanced: 980_000n, disclosed: 209_060n, exact: 208_060n, dwelling: false, want: true },
    { amountFinanced: 16_200_000n, disclosed: 11_873_027n, exact: 11_883_027n, dwelling: true, want: true },
    { amountFinanced: 16_200_000n, disclosed: 11_873_026n, exact: 11_883_027n, dwelling: true, want: false },
    { amountFinanced: 16_200_000n, disclosed: 99_000_000n, exact: 11_883_027n, dwelling: true, want: true },
  ];
  for (const c of cases) {
    it(`AF ${c.amountFinanced}, FC ${c.exact} disclosed ${c.disclosed}${c.dwelling ? " (dwelling)" : ""} → ${c.want}`, () => {
      const input = {
        disclosedFinanceChargeMinor: c.disclosed,
        financeChargeMinor: c.exact,
        amountFinancedMinor: c.amountFinanced,
        isSecuredByDwelling: c.dwelling,
      };
      expect(isFinanceChargeAccurate(input)).toBe(c.want);
    });
  }
  it("the dwelling tolerance has no overstatement limit", () => {
    const input = { disclosedFinanceChargeMinor: 0n, financeChargeMinor: 0n, amountFinancedMinor: 1n };
    expect(financeChargeTolerance({ ...input, isSecuredByDwelling: true })).toEqual({
      understatedMinor: 10_000n,
      overstatedMinor: null,
    });
  });
});
