import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { demoProducts } from "./demo-products.js";
import { validateProductDefinition } from "./validate.js";
import {
  amortizations,
  dayCountConventions,
  frequencies,
  interestMethods,
  productRoundingModes,
} from "./vocabulary.js";

// Generates product definitions around the demo products, varying limits, rates, enums and optional
// sections (mostly valid; flat interest with other amortizations is not); whatever the validator
// accepts must survive JSON unchanged.

// Rates in 0..100 with up to 6 decimals, as exact scaled integers so they can be ordered.
const rateMicros = fc.integer({ min: 0, max: 100_000_000 });
const toRateText = (micros: number) => {
  const whole = Math.floor(micros / 1_000_000);
  const fraction = micros % 1_000_000;
  return fraction === 0 ? `${whole}` : `${whole}.${`${fraction}`.padStart(6, "0").replace(/0+$/, "")}`;
};

const candidate = fc
  .record({
    base: fc.constantFrom(...demoProducts),
    minMinor: fc.integer({ min: 1, max: 10_000_000 }),
    spanMinor: fc.integer({ min: 0, max: 10_000_000 }),
    minPayments: fc.integer({ min: 1, max: 400 }),
    extraPayments: fc.integer({ min: 0, max: 400 }),
    rates: fc
      .tuple(rateMicros, rateMicros, rateMicros)
      .map((rates) => [...rates].sort((a, b) => a - b).map(toRateText)),
    interestMethod: fc.constantFrom(...interestMethods),
    amortization: fc.constantFrom(...amortizations),
    dayCount: fc.constantFrom(...dayCountConventions),
    frequency: fc.constantFrom(...frequencies),
    mode: fc.constantFrom(...productRoundingModes),
    graceDays: fc.integer({ min: 0, max: 60 }),
    dropDefaults: fc.boolean(),
  })
  .map((g) => {
    const product: Record<string, unknown> = {
      ...structuredClone(g.base),
      amountLimits: { min: g.minMinor, max: Math.max(1, g.minMinor + g.spanMinor) },
      termLimits: {
        minPayments: g.minPayments,
        maxPayments: g.minPayments + g.extraPayments,
        defaultPayments: g.minPayments,
      },
      rateLimits: { minPercent: g.rates[0], defaultPercent: g.rates[1], maxPercent: g.rates[2] },
      interestMethod: g.interestMethod,
      amortization: g.amortization,
      dayCount: g.dayCount,
      repayment: { defaultFrequency: g.frequency, allowedFrequencies: [g.frequency] },
      rounding: { installmentMultiple: 1, mode: g.mode },
      latePayment: { graceDays: g.graceDays },
    };
    if (g.dropDefaults)
      for (const key of ["grace", "fees", "paymentAllocation", "delinquency", "description"]) delete product[key];
    return product;
  });

describe("validateProductDefinition properties", () => {
  it("round-trips every accepted definition through JSON unchanged, and re-validates to itself", () => {
    let accepted = 0;
    fc.assert(
      fc.property(candidate, (input) => {
        const result = validateProductDefinition(input);
        if (!result.ok) return;
        accepted += 1;
        const copy: unknown = JSON.parse(JSON.stringify(result.value));
        expect(copy).toEqual(result.value);
        expect(validateProductDefinition(copy)).toEqual({ ok: true, value: result.value });
      }),
      { numRuns: 300 },
    );
    expect(accepted).toBeGreaterThan(100); // the generator must exercise the accepting path
  });

  it("never throws and always answers with issues that carry a path and a code", () => {
    fc.assert(
      fc.property(fc.oneof(candidate, fc.anything()), (input) => {
        const result = validateProductDefinition(input);
        if (result.ok) return;
        expect(result.error.issues.length).toBeGreaterThan(0);
        for (const issue of result.error.issues) expect(issue.code).toMatch(/^[a-z_]+$/);
      }),
      { numRuns: 300 },
    );
  });
});
