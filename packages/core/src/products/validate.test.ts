import { describe, expect, it } from "vitest";
import { demoProducts } from "./demo-products.js";
import type { ProductDefinition } from "./schema.js";
import { validateProductDefinition } from "./validate.js";

// Structural (zod) problems and the shape of the error. Expected codes and paths come from the rules
// documented on validateProductDefinition; each case breaks exactly one rule of the demo personal loan.
// The cross-field rules are tabled in limit-checks.test.ts and policy-checks.test.ts.

const base = demoProducts[0]!;
type Mutation = (product: Record<string, unknown> & ProductDefinition) => void;

function issuesOf(mutate: Mutation) {
  const product = structuredClone(base) as Record<string, unknown> & ProductDefinition;
  mutate(product);
  const result = validateProductDefinition(product);
  return result.ok ? [] : result.error.issues.map(({ path, code }) => ({ path: path.join("."), code }));
}

describe("validateProductDefinition", () => {
  it.each(demoProducts.map((product) => [product.name, product] as const))(
    "accepts the demo product %s",
    (_, product) => {
      const result = validateProductDefinition(product);
      expect(result).toEqual({ ok: true, value: product });
    },
  );

  it("fills in defaults for the optional sections", () => {
    const { name, currencies, amountLimits, termLimits, rateLimits } = base;
    const result = validateProductDefinition({ name, currencies, amountLimits, termLimits, rateLimits });
    expect(result.ok && result.value.paymentAllocation).toEqual({
      order: ["penalties", "fees", "interest", "principal"],
      strategy: "vertical",
    });
    expect(result.ok && result.value.delinquency.buckets.map((bucket) => bucket.name)).toEqual([
      "current",
      "1-30",
      "31-60",
      "61-90",
      "91-120",
      "120+",
    ]);
    expect(result.ok && result.value.delinquency.nonPerformingAfterDays).toBe(90);
  });

  const cases: ReadonlyArray<{ name: string; mutate: Mutation; path: string; code: string }> = [
    {
      name: "rate with 7 decimals",
      path: "rateLimits.maxPercent",
      code: "invalid_format",
      mutate: (p) => {
        p.rateLimits.maxPercent = "35.9999999";
      },
    },
    {
      name: "rate as a JSON number",
      path: "rateLimits.maxPercent",
      code: "invalid_type",
      mutate: (p) => {
        p.rateLimits.maxPercent = 35.99 as unknown as string;
      },
    },
    {
      name: "rate in exponent form",
      path: "rateLimits.minPercent",
      code: "invalid_format",
      mutate: (p) => {
        p.rateLimits.minPercent = "8e0";
      },
    },
    {
      name: "negative rate",
      path: "rateLimits.minPercent",
      code: "invalid_format",
      mutate: (p) => {
        p.rateLimits.minPercent = "-1";
      },
    },
    {
      name: "lower-case currency",
      path: "currencies.allowed.0",
      code: "invalid_format",
      mutate: (p) => {
        p.currencies.allowed = ["usd"];
      },
    },
    {
      name: "fractional minor units",
      path: "amountLimits.max",
      code: "invalid_type",
      mutate: (p) => {
        p.amountLimits.max = 100.5;
      },
    },
    {
      name: "caps on a flat fee",
      path: "fees.nsf.max",
      code: "unrecognized_key",
      mutate: (p) => {
        p.fees.nsf = { type: "flat", amount: 2500, max: 3000 } as never;
      },
    },
    {
      name: "installment multiple 0",
      path: "rounding.installmentMultiple",
      code: "too_small",
      mutate: (p) => {
        p.rounding.installmentMultiple = 0;
      },
    },
    {
      name: "unknown field",
      path: "lateFeeGraceDays",
      code: "unrecognized_key",
      mutate: (p) => {
        p.lateFeeGraceDays = 5;
      },
    },
    {
      name: "unknown nested field",
      path: "rounding.places",
      code: "unrecognized_key",
      mutate: (p) => {
        Object.assign(p.rounding, { places: 2 });
      },
    },
    {
      name: "unknown enum value",
      path: "dayCount",
      code: "invalid_value",
      mutate: (p) => {
        p.dayCount = "actual/363" as never;
      },
    },
    {
      name: "missing required section",
      path: "rateLimits",
      code: "invalid_type",
      mutate: (p) => {
        delete (p as Partial<ProductDefinition>).rateLimits;
      },
    },
    {
      name: "blank name",
      path: "name",
      code: "too_small",
      mutate: (p) => {
        p.name = "   ";
      },
    },
  ];

  it.each(cases)("refuses $name with $code at $path", ({ mutate, path, code }) => {
    expect(issuesOf(mutate)).toEqual([{ path, code }]);
  });

  it("reports every problem at once, structural and cross-field together", () => {
    const issues = issuesOf((p) => {
      p.amountLimits.min = 6_000_000; // cross-field
      p.termLimits.maxPayments = 0; // structural, hides the term checks only
      p.currencies.default = "EUR"; // cross-field
      p.rounding.mode = "sideways" as never; // structural
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: "amountLimits.min", code: "min_exceeds_max" },
        { path: "termLimits.maxPayments", code: "too_small" },
        { path: "currencies.default", code: "default_currency_not_allowed" },
        { path: "rounding.mode", code: "invalid_value" },
      ]),
    );
    expect(issues).toHaveLength(4);
  });

  it("refuses a non-object with one issue at the root", () => {
    const result = validateProductDefinition([base]);
    expect(result.ok ? null : result.error).toMatchObject({
      code: "validation_failed",
      issues: [{ path: [], code: "invalid_type" }],
      details: { issues: [{ path: [], code: "invalid_type" }] },
    });
  });
});
