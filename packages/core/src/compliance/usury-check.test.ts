import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { checkStateUsuryCap, type UsuryCheckInput } from "./usury-check.js";
import { sampleUsuryCapTable } from "./usury-table.js";

const base: UsuryCheckInput = {
  state: "NY",
  productType: "consumer-closed-end",
  lenderType: "unlicensed",
  loanAmountMinor: 500_000n,
  asOf: date("2026-11-26"),
  rates: { contractRatePercent: "16" },
  whenNoRule: "fail",
};

describe("checkStateUsuryCap on the sample table", () => {
  // Caps from the sample rows (each cites its statute): NY civil 16% for unlicensed lenders, NY
  // criminal 25% otherwise, AR 17%, CA 10% for unlicensed lenders, DIDMCA exemption for first liens.
  const cases: ReadonlyArray<{
    name: string;
    patch: Partial<UsuryCheckInput>;
    passed: boolean;
    code: string;
    rule?: string;
  }> = [
    { name: "NY unlicensed at 16.00%", patch: {}, passed: true, code: "usury_within_cap", rule: "ny-civil-usury" },
    {
      name: "NY unlicensed at 16.01%",
      patch: { rates: { contractRatePercent: "16.01" } },
      passed: false,
      code: "usury_cap_exceeded",
      rule: "ny-civil-usury",
    },
    {
      name: "NY licensed at 24.99% falls to the criminal cap",
      patch: { lenderType: "licensed", rates: { contractRatePercent: "24.99" } },
      passed: true,
      code: "usury_within_cap",
      rule: "ny-criminal-usury",
    },
    {
      name: "NY licensed at 25.01%",
      patch: { lenderType: "licensed", rates: { contractRatePercent: "25.01" } },
      passed: false,
      code: "usury_cap_exceeded",
      rule: "ny-criminal-usury",
    },
    {
      name: "AR at 17%",
      patch: { state: "AR", lenderType: "bank", rates: { contractRatePercent: "17.00" } },
      passed: true,
      code: "usury_within_cap",
      rule: "ar-constitutional-cap",
    },
    {
      name: "AR at 17.001%",
      patch: { state: "AR", lenderType: "bank", rates: { contractRatePercent: "17.001" } },
      passed: false,
      code: "usury_cap_exceeded",
      rule: "ar-constitutional-cap",
    },
    {
      name: "CA first-lien mortgage is exempt",
      patch: { state: "CA", productType: "mortgage-first-lien", rates: {} },
      passed: true,
      code: "usury_exempt",
      rule: "federal-didmca-first-lien",
    },
    {
      name: "AR rule not yet in force in 2010",
      patch: { state: "AR", asOf: date("2010-12-31") },
      passed: false,
      code: "usury_no_rule",
    },
    { name: "TX not in the sample, whenNoRule fail", patch: { state: "TX" }, passed: false, code: "usury_no_rule" },
    {
      name: "TX not in the sample, whenNoRule pass",
      patch: { state: "TX", whenNoRule: "pass" },
      passed: true,
      code: "usury_no_rule",
    },
  ];
  it.each(cases)("$name → $code", ({ patch, passed, code, rule }) => {
    const result = unwrap(checkStateUsuryCap({ ...base, ...patch }, sampleUsuryCapTable));
    expect([result.passed, result.code, result.values.ruleId]).toEqual([passed, code, rule]);
  });

  it("requires the rate under the statute's definition", () => {
    const result = checkStateUsuryCap({ ...base, rates: { aprPercent: "15" } }, sampleUsuryCapTable);
    expect(result.ok ? "" : result.error.code).toBe("missing_rate");
  });

  it("applies amount bands, first matching rule wins", () => {
    const table = {
      version: "t",
      isSampleData: true,
      rules: [
        {
          id: "small",
          state: "ZZ",
          productTypes: ["p"],
          amountBelow: 250_000,
          rateDefinition: "apr",
          maxRatePercent: "36",
          effectiveFrom: "2000-01-01",
          citation: { source: "test" },
        },
        {
          id: "large",
          state: "ZZ",
          productTypes: ["p"],
          rateDefinition: "apr",
          maxRatePercent: "24",
          effectiveFrom: "2000-01-01",
          citation: { source: "test" },
        },
      ],
    } as const;
    const at = (amount: bigint) =>
      unwrap(
        checkStateUsuryCap(
          { ...base, state: "ZZ", productType: "p", loanAmountMinor: amount, rates: { aprPercent: "30" } },
          table,
        ),
      );
    expect([at(249_999n).values.ruleId, at(249_999n).passed]).toEqual(["small", true]);
    expect([at(250_000n).values.ruleId, at(250_000n).passed]).toEqual(["large", false]);
  });

  it("refuses a table row with neither a cap nor an exemption", () => {
    const table = {
      version: "t",
      isSampleData: true,
      rules: [
        {
          id: "x",
          state: "NY",
          productTypes: ["p"],
          rateDefinition: "apr",
          effectiveFrom: "2000-01-01",
          citation: { source: "s" },
        },
      ],
    } as const;
    const result = checkStateUsuryCap(base, table);
    expect(result.ok ? "" : result.error.code).toBe("invalid_usury_table");
  });
});
