import { fail, ok, type Result } from "../errors/index.js";

/** Input of {@link residualIncome}; monthly minor units of one currency. @example const input: ResidualIncomeInput = { grossMonthlyIncomeMinor: 600_000n, monthlyTaxesMinor: 120_000n, housingExpenseMinor: 180_000n, otherMonthlyObligationsMinor: [40_000n] }; */
export interface ResidualIncomeInput {
  readonly grossMonthlyIncomeMinor: bigint;
  /** Federal, state and local income taxes plus Social Security and Medicare withheld. */
  readonly monthlyTaxesMinor: bigint;
  /** The new housing expense: PITI plus maintenance and utilities. */
  readonly housingExpenseMinor: bigint;
  /** Other monthly obligations: instalment debts, revolving minimums, alimony, child support, child care. */
  readonly otherMonthlyObligationsMinor: ReadonlyArray<bigint>;
  /** The guideline minimum for the household (e.g. from `vaResidualIncomeGuideline`); omit to skip the test. */
  readonly requiredResidualMinor?: bigint;
}

/** Output of {@link residualIncome}. @example result.residualMinor // 260_000n */
export interface ResidualIncomeResult {
  /** What is left each month; negative when obligations exceed income. */
  readonly residualMinor: bigint;
  readonly totalDeductionsMinor: bigint;
  /** Present only when `requiredResidualMinor` was given: residual ≥ required. */
  readonly meetsGuideline?: boolean;
  readonly shortfallMinor?: bigint;
}

/**
 * VA-style residual income: gross monthly income minus taxes, the housing expense and other
 * obligations. When a guideline minimum is given, says whether the residual meets it.
 *
 * Fails with `invalid_amount` for a negative or non-bigint amount.
 *
 * @see 38 CFR 36.4340(e) (residual income); VA Pamphlet 26-7, ch. 4 (addr, verify)
 * @example
 * // $6,000 − $1,200 taxes − $1,800 housing − $400 car = $2,600
 * residualIncome({ grossMonthlyIncomeMinor: 600_000n, monthlyTaxesMinor: 120_000n, housingExpenseMinor: 180_000n, otherMonthlyObligationsMinor: [40_000n] })
 * // ok({ residualMinor: 260_000n, totalDeductionsMinor: 340_000n })
 */
export function residualIncome(input: ResidualIncomeInput): Result<ResidualIncomeResult> {
  const named: ReadonlyArray<[string, bigint | undefined]> = [
    ["grossMonthlyIncomeMinor", input.grossMonthlyIncomeMinor],
    ["monthlyTaxesMinor", input.monthlyTaxesMinor],
    ["housingExpenseMinor", input.housingExpenseMinor],
    ["requiredResidualMinor", input.requiredResidualMinor],
    ...input.otherMonthlyObligationsMinor.map((amount, index): [string, bigint] => [
      `otherMonthlyObligationsMinor.${index}`,
      amount,
    ]),
  ];
  for (const [name, amount] of named) {
    if (amount === undefined && name === "requiredResidualMinor") continue;
    if (typeof amount !== "bigint" || amount < 0n) {
      return fail("invalid_amount", `${name} must be a non-negative bigint of minor units`, name.split("."));
    }
  }
  const other = input.otherMonthlyObligationsMinor.reduce((sum, amount) => sum + amount, 0n);
  const totalDeductionsMinor = input.monthlyTaxesMinor + input.housingExpenseMinor + other;
  const residualMinor = input.grossMonthlyIncomeMinor - totalDeductionsMinor;
  const required = input.requiredResidualMinor;
  if (required === undefined) return ok({ residualMinor, totalDeductionsMinor });
  const shortfall = required - residualMinor;
  return ok({
    residualMinor,
    totalDeductionsMinor,
    meetsGuideline: shortfall <= 0n,
    shortfallMinor: shortfall > 0n ? shortfall : 0n,
  });
}
