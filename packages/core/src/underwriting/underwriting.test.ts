import { describe, expect, it } from "vitest";
import { formatDecimal } from "../money/index.js";
import { debtToIncome } from "./debt-to-income.js";
import { type IncomeSource, monthlyIncomeMinor } from "./income-normalization.js";
import { combinedLoanToValue, loanToValue } from "./loan-to-value.js";
import { paymentShock } from "./payment-shock.js";
import { fannieMaeLtvRounding } from "./ratio.js";
import { residualIncome } from "./residual-income.js";
import { vaResidualIncomeGuideline } from "./va-residual-income-table.js";

const twoPlaces = { scale: 2, mode: "half-up" } as const;

describe("monthlyIncomeMinor", () => {
  // Arithmetic: amount × periods per year / 12, one rounding at the end.
  const cases: ReadonlyArray<{ name: string; sources: IncomeSource[]; mode: "down" | "half-up"; want: bigint }> = [
    {
      name: "$1,000 weekly: 100,000 × 52 / 12 = 433,333.33",
      sources: [{ amountMinor: 100_000n, frequency: "weekly" }],
      mode: "down",
      want: 433_333n,
    },
    {
      name: "$2,000 biweekly: 200,000 × 26 / 12 = 433,333.33",
      sources: [{ amountMinor: 200_000n, frequency: "biweekly" }],
      mode: "down",
      want: 433_333n,
    },
    {
      name: "$1,001 biweekly half-up: 100,100 × 26 / 12 = 216,883.33",
      sources: [{ amountMinor: 100_100n, frequency: "biweekly" }],
      mode: "half-up",
      want: 216_883n,
    },
    {
      name: "$2,500 semi-monthly: × 2",
      sources: [{ amountMinor: 250_000n, frequency: "semi-monthly" }],
      mode: "down",
      want: 500_000n,
    },
    {
      name: "$4,321.09 monthly unchanged",
      sources: [{ amountMinor: 432_109n, frequency: "monthly" }],
      mode: "down",
      want: 432_109n,
    },
    {
      name: "$65,000.05 annual: 6,500,005 / 12 = 541,667.08",
      sources: [{ amountMinor: 6_500_005n, frequency: "annual" }],
      mode: "down",
      want: 541_667n,
    },
    {
      name: "$65,000.06 annual half-up: 6,500,006 / 12 = 541,667.17",
      sources: [{ amountMinor: 6_500_006n, frequency: "annual" }],
      mode: "half-up",
      want: 541_667n,
    },
    {
      // Summed before rounding: (100 × 52 + 100 × 26) / 12 = 650 exactly; rounding each first gives 433 + 216 = 649.
      name: "two streams round once",
      sources: [
        { amountMinor: 100n, frequency: "weekly" },
        { amountMinor: 100n, frequency: "biweekly" },
      ],
      mode: "down",
      want: 650n,
    },
  ];
  it.each(cases)("$name", ({ sources, mode, want }) => {
    const result = monthlyIncomeMinor(sources, mode);
    expect(result.ok && result.value).toBe(want);
  });

  it("refuses negative income", () => {
    const result = monthlyIncomeMinor([{ amountMinor: -1n, frequency: "monthly" }], "down");
    expect(result.ok ? "" : result.error.code).toBe("invalid_income");
  });
});

describe("debtToIncome", () => {
  it("CFPB worked example: $2,000 of debts on $6,000 income is 33%", () => {
    // consumerfinance.gov "What is a debt-to-income ratio?": $1,500 mortgage + $100 auto + $400 other = $2,000;
    // 2,000 / 6,000 = 33.33%. Front end: 1,500 / 6,000 = 25%.
    const result = debtToIncome(
      {
        grossMonthlyIncomeMinor: 600_000n,
        housingPayment: { principalAndInterestMinor: 150_000n },
        otherMonthlyDebtsMinor: [10_000n, 40_000n],
      },
      twoPlaces,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(formatDecimal(result.value.frontEndPercent)).toBe("25.00");
    expect(formatDecimal(result.value.backEndPercent)).toBe("33.33");
    expect(result.value.totalMonthlyDebtMinor).toBe(200_000n);
  });

  it("adds PITIA components into the housing payment", () => {
    // (1,200 P&I + 300 taxes + 100 insurance + 50 MI + 30 HOA) = 1,680 / 5,000 = 33.6%; + 470 other = 2,150 / 5,000 = 43%.
    const result = debtToIncome(
      {
        grossMonthlyIncomeMinor: 500_000n,
        housingPayment: {
          principalAndInterestMinor: 120_000n,
          propertyTaxesMinor: 30_000n,
          homeownersInsuranceMinor: 10_000n,
          mortgageInsuranceMinor: 5_000n,
          associationDuesMinor: 3_000n,
        },
        otherMonthlyDebtsMinor: [47_000n],
      },
      twoPlaces,
    );
    expect(
      result.ok && [formatDecimal(result.value.frontEndPercent), formatDecimal(result.value.backEndPercent)],
    ).toEqual(["33.60", "43.00"]);
  });

  // 43% boundary (old § 1026.43(e)(2)(vi) General QM cap): 2,150.00 / 5,000 = 43.00%, 2,150.01 / 5,000 = 43.0002%.
  const boundary = [
    { debtMinor: 215_000n, down: "43.00", ceiling: "43.00" },
    { debtMinor: 215_001n, down: "43.00", ceiling: "43.01" },
    { debtMinor: 214_999n, down: "42.99", ceiling: "43.00" },
  ];
  it.each(boundary)("rounds $debtMinor / 500,000 by the named mode", ({ debtMinor, down, ceiling }) => {
    const input = {
      grossMonthlyIncomeMinor: 500_000n,
      housingPayment: { principalAndInterestMinor: debtMinor },
      otherMonthlyDebtsMinor: [],
    };
    const floor = debtToIncome(input, { scale: 2, mode: "down" });
    const up = debtToIncome(input, { scale: 2, mode: "ceiling" });
    expect(floor.ok && formatDecimal(floor.value.backEndPercent)).toBe(down);
    expect(up.ok && formatDecimal(up.value.backEndPercent)).toBe(ceiling);
  });

  const errors = [
    {
      name: "zero income",
      input: {
        grossMonthlyIncomeMinor: 0n,
        housingPayment: { principalAndInterestMinor: 1n },
        otherMonthlyDebtsMinor: [],
      },
      code: "zero_denominator",
    },
    {
      name: "negative debt",
      input: {
        grossMonthlyIncomeMinor: 1n,
        housingPayment: { principalAndInterestMinor: 1n },
        otherMonthlyDebtsMinor: [-1n],
      },
      code: "invalid_amount",
    },
    {
      name: "negative tax",
      input: {
        grossMonthlyIncomeMinor: 1n,
        housingPayment: { principalAndInterestMinor: 1n, propertyTaxesMinor: -5n },
        otherMonthlyDebtsMinor: [],
      },
      code: "invalid_amount",
    },
  ];
  it.each(errors)("refuses $name with $code", ({ input, code }) => {
    const result = debtToIncome(input, twoPlaces);
    expect(result.ok ? "" : result.error.code).toBe(code);
  });

  it("refuses a bad rounding scale", () => {
    const input = {
      grossMonthlyIncomeMinor: 1n,
      housingPayment: { principalAndInterestMinor: 1n },
      otherMonthlyDebtsMinor: [],
    };
    const result = debtToIncome(input, { scale: -1, mode: "down" });
    expect(result.ok ? "" : result.error.code).toBe("invalid_rounding");
  });
});

describe("loanToValue and combinedLoanToValue", () => {
  // Fannie Mae Selling Guide B2-1.2-01 examples: 94.01% is delivered as 95%; 80.001% as 80%.
  const fannie = [
    { loan: 9_401n, value: 10_000n, want: "95" },
    { loan: 80_001n, value: 100_000n, want: "80" },
    { loan: 80_000n, value: 100_000n, want: "80" },
    { loan: 80_010n, value: 100_000n, want: "81" },
  ];
  it.each(fannie)("Fannie Mae rounding: $loan / $value → $want%", ({ loan, value, want }) => {
    const result = loanToValue({ loanAmountMinor: loan, appraisedValueMinor: value }, fannieMaeLtvRounding);
    expect(result.ok && formatDecimal(result.value.percent)).toBe(want);
  });

  it("uses the lower of sales price and appraised value", () => {
    // $200,000 / min($260,000, $250,000) = 80%; with the price above the appraisal, 200,000 / 240,000 = 83.33%.
    const below = loanToValue(
      { loanAmountMinor: 20_000_000n, appraisedValueMinor: 26_000_000n, salesPriceMinor: 25_000_000n },
      twoPlaces,
    );
    const above = loanToValue(
      { loanAmountMinor: 20_000_000n, appraisedValueMinor: 24_000_000n, salesPriceMinor: 25_000_000n },
      twoPlaces,
    );
    expect(below.ok && formatDecimal(below.value.percent)).toBe("80.00");
    expect(above.ok && formatDecimal(above.value.percent)).toBe("83.33");
  });

  it("CLTV adds subordinate liens: (200,000 + 25,000 + 10,000) / 250,000 = 94%", () => {
    const result = combinedLoanToValue(
      {
        firstLienMinor: 20_000_000n,
        subordinateLiensMinor: [2_500_000n, 1_000_000n],
        appraisedValueMinor: 25_000_000n,
      },
      twoPlaces,
    );
    expect(result.ok && [formatDecimal(result.value.percent), result.value.lienTotalMinor]).toEqual([
      "94.00",
      23_500_000n,
    ]);
  });

  it("refuses a zero appraisal", () => {
    const result = loanToValue({ loanAmountMinor: 1n, appraisedValueMinor: 0n }, twoPlaces);
    expect(result.ok ? "" : result.error.code).toBe("invalid_amount");
  });
});

describe("residualIncome and the VA guideline", () => {
  it("subtracts taxes, housing and obligations: 6,000 − 1,200 − 1,800 − 400 = 2,600", () => {
    const result = residualIncome({
      grossMonthlyIncomeMinor: 600_000n,
      monthlyTaxesMinor: 120_000n,
      housingExpenseMinor: 180_000n,
      otherMonthlyObligationsMinor: [40_000n],
      requiredResidualMinor: 100_300n,
    });
    expect(result.ok && result.value).toEqual({
      residualMinor: 260_000n,
      totalDeductionsMinor: 340_000n,
      meetsGuideline: true,
      shortfallMinor: 0n,
    });
  });

  it("reports the shortfall against the guideline", () => {
    // 3,000 − 600 − 1,500 − 100 = 800 against $1,003 (South, family of 4, loan ≥ $80,000): short $203.
    const result = residualIncome({
      grossMonthlyIncomeMinor: 300_000n,
      monthlyTaxesMinor: 60_000n,
      housingExpenseMinor: 150_000n,
      otherMonthlyObligationsMinor: [10_000n],
      requiredResidualMinor: 100_300n,
    });
    expect(result.ok && [result.value.meetsGuideline, result.value.shortfallMinor]).toEqual([false, 20_300n]);
  });

  // VA Pamphlet 26-7 ch. 4 table; loan-size band switches at $80,000.
  const guideline = [
    { region: "south", familySize: 4, loanAmountMinor: 8_000_000n, want: 100_300n },
    { region: "south", familySize: 4, loanAmountMinor: 7_999_999n, want: 86_800n },
    { region: "west", familySize: 1, loanAmountMinor: 30_000_000n, want: 49_100n },
    { region: "northeast", familySize: 7, loanAmountMinor: 30_000_000n, want: 122_200n }, // 1,062 + 2 × 80
    { region: "midwest", familySize: 6, loanAmountMinor: 5_000_000n, want: 97_700n }, // 902 + 75
  ] as const;
  it.each(guideline)("$region, family of $familySize, loan $loanAmountMinor → $want", ({ want, ...input }) => {
    const result = vaResidualIncomeGuideline(input);
    expect(result.ok && result.value).toBe(want);
  });

  it("refuses a family of eight (outside the table)", () => {
    const result = vaResidualIncomeGuideline({ region: "south", familySize: 8, loanAmountMinor: 1n });
    expect(result.ok ? "" : result.error.code).toBe("invalid_family_size");
  });
});

describe("paymentShock", () => {
  const cases = [
    { current: 120_000n, proposed: 180_000n, want: "50.00" }, // (1,800 − 1,200) / 1,200
    { current: 150_000n, proposed: 100_000n, want: "-33.33" }, // (1,000 − 1,500) / 1,500
    { current: 100_000n, proposed: 100_000n, want: "0.00" },
  ];
  it.each(cases)("$current → $proposed is $want%", ({ current, proposed, want }) => {
    const result = paymentShock(
      { currentHousingPaymentMinor: current, proposedHousingPaymentMinor: proposed },
      twoPlaces,
    );
    expect(result.ok && formatDecimal(result.value.increasePercent)).toBe(want);
  });

  it("refuses a zero current payment", () => {
    const result = paymentShock({ currentHousingPaymentMinor: 0n, proposedHousingPaymentMinor: 1n }, twoPlaces);
    expect(result.ok ? "" : result.error.code).toBe("no_current_housing_payment");
  });
});
