import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, date } from "../calendar/index.js";
import { formatDecimal, round, toApproximateNumber } from "../money/index.js";
import type { CashFlow } from "./apr.js";
import { computeAprc } from "./aprc.js";
import { aprcTime } from "./aprc-time.js";

const start = date("2024-01-17");

/** An independent float root: 200 bisection steps on Σ D (1 + x)^−s − C = 0, times from `aprcTime`. */
function bisectAprcPercent(drawdownMinor: bigint, payments: ReadonlyArray<CashFlow>): number {
  const times = payments.map((p) => {
    const t = aprcTime(start, p.date);
    return { amount: Number(p.amountMinor), years: t.months / 12 + t.days / t.yearDays };
  });
  const value = (x: number) =>
    times.reduce((sum, f) => sum + f.amount * (1 + x) ** -f.years, 0) - Number(drawdownMinor);
  let low = 0;
  let high = 1e6;
  for (let step = 0; step < 200; step++) {
    const middle = (low + high) / 2;
    if (value(middle) > 0) low = middle;
    else high = middle;
  }
  return low * 100;
}

const loan = fc
  .record({
    drawdownMinor: fc.bigInt({ min: 10_000n, max: 100_000_000n }),
    count: fc.integer({ min: 1, max: 48 }),
    gapDays: fc.integer({ min: 28, max: 95 }),
    markupPerMille: fc.integer({ min: 0, max: 400 }),
  })
  .map(({ drawdownMinor, count, gapDays, markupPerMille }) => {
    const totalMinor = (drawdownMinor * BigInt(1000 + markupPerMille)) / 1000n;
    const each = totalMinor / BigInt(count) + 1n;
    const payments = Array.from({ length: count }, (_, k) => ({
      amountMinor: each,
      date: addDays(start, gapDays * (k + 1)),
    }));
    return { drawdownMinor, payments };
  });

describe("computeAprc properties", () => {
  it("agrees with a float bisection to within the 6th decimal (and a relative 1e-9)", () => {
    fc.assert(
      fc.property(loan, ({ drawdownMinor, payments }) => {
        const result = computeAprc({ drawdowns: [{ amountMinor: drawdownMinor, date: start }], payments });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const exact = toApproximateNumber(result.value.aprcPercent);
        const float = bisectAprcPercent(drawdownMinor, payments);
        expect(Math.abs(exact - float)).toBeLessThanOrEqual(1e-6 + Math.abs(float) * 1e-9);
      }),
      { numRuns: 150 },
    );
  });

  it("the published figure is the 6-decimal figure rounded half-up (no tie at 6 decimals in practice)", () => {
    fc.assert(
      fc.property(loan, ({ drawdownMinor, payments }) => {
        const result = computeAprc({ drawdowns: [{ amountMinor: drawdownMinor, date: start }], payments });
        if (!result.ok) return;
        const { aprcPercent, disclosedAprcPercent } = result.value;
        if (aprcPercent.units % 100_000n === 50_000n) return; // a tie at the 1st decimal: decided on the root
        expect(formatDecimal(disclosedAprcPercent)).toBe(formatDecimal(round(aprcPercent, 1, "half-up")));
      }),
      { numRuns: 100 },
    );
  });

  it("paying one more minor unit never lowers the APRC", () => {
    fc.assert(
      fc.property(loan, ({ drawdownMinor, payments }) => {
        const drawdowns = [{ amountMinor: drawdownMinor, date: start }];
        const base = computeAprc({ drawdowns, payments });
        const last = payments.length - 1;
        const more = payments.map((p, k) => (k === last ? { ...p, amountMinor: p.amountMinor + 1n } : p));
        const higher = computeAprc({ drawdowns, payments: more });
        if (!base.ok || !higher.ok) throw new Error("both solve");
        expect(higher.value.aprcPercent.units >= base.value.aprcPercent.units).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
