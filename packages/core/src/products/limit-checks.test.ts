import { describe, expect, it } from "vitest";
import { demoProducts } from "./demo-products.js";
import { feeBasesByFee } from "./fee-bases.js";
import { feesSchema, type ProductDefinition } from "./schema.js";
import { validateProductDefinition } from "./validate.js";
import { feeBases } from "./vocabulary.js";

// Cross-field rules on currencies, amount, term and rate limits, and fees, checked through validateProductDefinition. Expected codes and paths come from the rules
// documented on validateProductDefinition; each case breaks exactly one rule of an otherwise valid
// product (the demo personal loan), so exactly one issue is expected.

const base = demoProducts[0]!;
type Mutation = (product: Record<string, unknown> & ProductDefinition) => void;

function issuesOf(mutate: Mutation) {
  const product = structuredClone(base) as Record<string, unknown> & ProductDefinition;
  mutate(product);
  const result = validateProductDefinition(product);
  return result.ok ? [] : result.error.issues.map(({ path, code }) => ({ path: path.join("."), code }));
}

describe("limit-checks", () => {
  const cases: ReadonlyArray<{ name: string; mutate: Mutation; path: string; code: string }> = [
    {
      name: "amount min > max",
      path: "amountLimits.min",
      code: "min_exceeds_max",
      mutate: (p) => {
        p.amountLimits.min = 6_000_000;
      },
    },
    {
      name: "term min > max",
      path: "termLimits.minPayments",
      code: "min_exceeds_max",
      mutate: (p) => {
        p.termLimits.minPayments = 61;
      },
    },
    {
      name: "default term outside limits",
      path: "termLimits.defaultPayments",
      code: "default_out_of_range",
      mutate: (p) => {
        p.termLimits.defaultPayments = 72;
      },
    },
    {
      name: "rate min > max",
      path: "rateLimits.minPercent",
      code: "min_exceeds_max",
      mutate: (p) => {
        p.rateLimits.minPercent = "36";
      },
    },
    {
      name: "default rate below min",
      path: "rateLimits.defaultPercent",
      code: "default_out_of_range",
      mutate: (p) => {
        p.rateLimits.defaultPercent = "7.98";
      },
    },
    {
      name: "rate above 100",
      path: "rateLimits.maxPercent",
      code: "invalid_rate",
      mutate: (p) => {
        p.rateLimits.maxPercent = "100.000001";
      },
    },
    {
      name: "penalty rate above 100",
      path: "latePayment.penaltyRatePercent",
      code: "invalid_rate",
      mutate: (p) => {
        p.latePayment.penaltyRatePercent = "150";
      },
    },
    {
      name: "default currency not allowed",
      path: "currencies.default",
      code: "default_currency_not_allowed",
      mutate: (p) => {
        p.currencies.default = "EUR";
      },
    },
    {
      name: "unknown currency",
      path: "currencies.allowed.1",
      code: "unknown_currency",
      mutate: (p) => {
        p.currencies.allowed = ["USD", "XYZ"];
      },
    },
    {
      name: "duplicate currency",
      path: "currencies.allowed.1",
      code: "duplicate_value",
      mutate: (p) => {
        p.currencies.allowed = ["USD", "USD"];
      },
    },
    {
      name: "currencies with different minor units",
      path: "currencies.allowed",
      code: "mixed_currency_exponents",
      mutate: (p) => {
        p.currencies.allowed = ["USD", "JPY"];
        delete p.rounding.decimalPlaces;
      },
    },
    {
      name: "fee percent above 100",
      path: "fees.late.percent",
      code: "invalid_percent",
      mutate: (p) => {
        p.fees.late = { type: "percent", percent: "101", base: "installment" };
      },
    },
    {
      name: "fee caps min > max",
      path: "fees.late.min",
      code: "min_exceeds_max",
      mutate: (p) => {
        p.fees.late = { type: "percent", percent: "5", base: "installment", min: 5000, max: 1500 };
      },
    },
    {
      name: "fee base that does not fit the fee",
      path: "fees.prepayment.base",
      code: "invalid_fee_base",
      mutate: (p) => {
        p.fees.prepayment = { type: "percent", percent: "2", base: "installment" };
      },
    },
  ];

  it.each(cases)("refuses $name with $code at $path", ({ mutate, path, code }) => {
    expect(issuesOf(mutate)).toEqual([{ path, code }]);
  });
});

describe("checkFees covers every fee the schema defines", () => {
  // Read from the schema itself, not from the validator's list: a fee added to `feesSchema` is in here.
  const schemaFees = Object.keys(feesSchema.shape);
  const percentFee = (name: string, fields: Record<string, unknown>) => ({
    type: "percent",
    ...(name === "origination" ? { treatment: "financed" } : {}),
    ...fields,
  });

  it("has a row of allowed bases for each fee key of the schema, and no other", () => {
    expect(Object.keys(feeBasesByFee).sort()).toEqual([...schemaFees].sort());
  });

  it.each(schemaFees)("refuses a %s fee with a base outside its allowed bases and a percent over 100", (name) => {
    const allowed: ReadonlyArray<string> = feeBasesByFee[name as keyof typeof feeBasesByFee];
    const wrongBase = feeBases.find((base) => !allowed.includes(base));
    expect(wrongBase).toBeDefined();
    const issues = issuesOf((p) => {
      (p.fees as Record<string, unknown>)[name] = percentFee(name, { percent: "101", base: wrongBase });
    });
    expect(issues).toEqual([
      { path: `fees.${name}.percent`, code: "invalid_percent" },
      { path: `fees.${name}.base`, code: "invalid_fee_base" },
    ]);
  });
});
