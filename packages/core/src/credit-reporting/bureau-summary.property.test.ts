import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { roundingModes } from "../money/index.js";
import { paymentHistoryCodes, type Tradeline, tradelineStatuses, tradelineTypes } from "./bureau-report.js";
import {
  derogatoryCounts,
  monthlyDebtFromTradelines,
  revolvingUtilization,
  tradelineMonthlyPayment,
} from "./bureau-summary.js";

const amount = fc.bigInt({ min: 0n, max: 10_000_000_00n });
const tradeline: fc.Arbitrary<Tradeline> = fc.record({
  accountReference: fc.constant("****0001"),
  creditor: fc.constant("Example"),
  type: fc.constantFrom(...tradelineTypes),
  status: fc.constantFrom(...tradelineStatuses),
  openedOn: fc.constant(date("2020-01-01")),
  balanceMinor: amount,
  creditLimitMinor: fc.option(amount, { nil: null }),
  monthlyPaymentMinor: fc.option(amount, { nil: null }),
  paymentHistory: fc.array(fc.constantFrom(...paymentHistoryCodes), { maxLength: 30 }),
});
const lines = fc.array(tradeline, { maxLength: 12 });

describe("bureau summaries (properties)", () => {
  it("monthly debt is the sum of the tradelines' payments, in any order, each at least 0", () => {
    fc.assert(
      fc.property(lines, (given) => {
        const total = monthlyDebtFromTradelines(given);
        expect(total).toBe(given.reduce((sum, t) => sum + tradelineMonthlyPayment(t), 0n));
        expect(monthlyDebtFromTradelines([...given].reverse())).toBe(total);
        for (const t of given) expect(tradelineMonthlyPayment(t)).toBeGreaterThanOrEqual(0n);
      }),
    );
  });

  it("a closed, paid, charged-off or collection account adds no monthly debt", () => {
    fc.assert(
      fc.property(
        lines,
        tradeline,
        fc.constantFrom("paid", "closed", "charged_off", "collection" as const),
        (given, extra, status) => {
          const gone: Tradeline = { ...extra, status };
          expect(monthlyDebtFromTradelines([...given, gone])).toBe(monthlyDebtFromTradelines(given));
        },
      ),
    );
  });

  it("utilization is balance ÷ limit in basis points, within one of the exact ratio, the mode deciding", () => {
    fc.assert(
      fc.property(lines, fc.constantFrom(...roundingModes), (given, mode) => {
        const { balanceMinor, limitMinor, basisPoints } = revolvingUtilization(given, mode);
        if (limitMinor === 0n) {
          expect(basisPoints).toBeNull();
          return;
        }
        const exact = balanceMinor * 10_000n;
        const bp = basisPoints!;
        // bp × limit is within one limit of balance × 10,000, on the side the mode says.
        expect(bp * limitMinor - exact < limitMinor && exact - bp * limitMinor < limitMinor).toBe(true);
        if (mode === "down" || mode === "floor") expect(bp * limitMinor <= exact).toBe(true);
        if (mode === "up" || mode === "ceiling") expect(bp * limitMinor >= exact).toBe(true);
        if (mode === "half-even" || mode === "half-up") {
          const twice = 2n * (bp * limitMinor - exact);
          expect(twice <= limitMinor && -twice <= limitMinor).toBe(true);
        }
      }),
    );
  });

  it("utilization does not change when every revolving figure is scaled alike", () => {
    fc.assert(
      fc.property(lines, fc.bigInt({ min: 1n, max: 1_000n }), (given, k) => {
        const scaled = given.map((t) => ({
          ...t,
          balanceMinor: t.balanceMinor * k,
          creditLimitMinor: t.creditLimitMinor === null ? null : t.creditLimitMinor * k,
        }));
        expect(revolvingUtilization(scaled, "half-even").basisPoints).toBe(
          revolvingUtilization(given, "half-even").basisPoints,
        );
      }),
    );
  });

  it("derogatory counts add up over tradelines and never exceed what the file holds", () => {
    fc.assert(
      fc.property(lines, lines, fc.nat({ max: 5 }), (a, b, records) => {
        const publicRecords = Array.from({ length: records }, () => ({
          type: "tax_lien" as const,
          filedOn: date("2024-01-01"),
          status: "filed" as const,
          amountMinor: null,
        }));
        const both = derogatoryCounts({ tradelines: [...a, ...b], publicRecords });
        const left = derogatoryCounts({ tradelines: a, publicRecords });
        const right = derogatoryCounts({ tradelines: b, publicRecords: [] });
        for (const key of [
          "late30",
          "late60",
          "late90Plus",
          "chargeOffs",
          "collections",
          "delinquentTradelines",
          "derogatoryItems",
        ] as const) {
          expect(both[key]).toBe(left[key] + right[key]);
        }
        expect(both.derogatoryItems).toBeLessThanOrEqual(a.length + b.length + records);
        expect(both.late30 + both.late60 + both.late90Plus).toBeLessThanOrEqual(24 * (a.length + b.length));
        const first = a[0];
        if (first !== undefined) {
          const clean: Tradeline = { ...first, status: "current", paymentHistory: ["current"] };
          expect(derogatoryCounts({ tradelines: [...a, clean], publicRecords }).derogatoryItems).toBe(
            left.derogatoryItems,
          );
        }
      }),
    );
  });
});
