import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare, roundingModes } from "../money/index.js";
import { debtToIncome } from "./debt-to-income.js";
import { monthlyIncomeMinor } from "./income-normalization.js";

const amount = fc.bigInt({ min: 0n, max: 10_000_000_000n });
const income = fc.bigInt({ min: 1n, max: 10_000_000_000n });
const rounding = fc.record({ scale: fc.integer({ min: 0, max: 6 }), mode: fc.constantFrom(...roundingModes) });

describe("debtToIncome properties", () => {
  it("back-end DTI is monotone in debt (for every rounding mode) and never below front-end", () => {
    fc.assert(
      fc.property(income, amount, amount, amount, rounding, (incomeMinor, housing, debt, extra, mode) => {
        const base = { grossMonthlyIncomeMinor: incomeMinor, housingPayment: { principalAndInterestMinor: housing } };
        const less = debtToIncome({ ...base, otherMonthlyDebtsMinor: [debt] }, mode);
        const more = debtToIncome({ ...base, otherMonthlyDebtsMinor: [debt, extra] }, mode);
        if (!less.ok || !more.ok) throw new Error("unexpected failure");
        expect(compare(more.value.backEndPercent, less.value.backEndPercent)).toBeGreaterThanOrEqual(0);
        expect(compare(less.value.backEndPercent, less.value.frontEndPercent)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("monthly income rounded down never overstates and is within one minor unit", () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom("weekly", "biweekly", "semi-monthly", "monthly", "annual" as const),
        (minor, frequency) => {
          const result = monthlyIncomeMinor([{ amountMinor: minor, frequency }], "down");
          if (!result.ok) throw new Error("unexpected failure");
          const periods = { weekly: 52n, biweekly: 26n, "semi-monthly": 24n, monthly: 12n, annual: 1n }[frequency];
          const exactTimes12 = minor * periods;
          expect(result.value * 12n <= exactTimes12).toBe(true);
          expect(exactTimes12 - result.value * 12n < 12n).toBe(true);
        },
      ),
    );
  });
});
