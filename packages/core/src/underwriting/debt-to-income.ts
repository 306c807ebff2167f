import { fail, ok, type Result } from "../errors/index.js";
import type { Decimal } from "../money/index.js";
import { percentOf, type RatioRoundingSteps } from "./ratio.js";

/**
 * The monthly housing payment used for DTI, in minor units: principal and interest (from
 * `schedule/` or the proposed terms) plus the escrowed and association items (PITIA).
 *
 * @example const pitia: HousingPayment = { principalAndInterestMinor: 119_910n, propertyTaxesMinor: 30_000n };
 */
export interface HousingPayment {
  readonly principalAndInterestMinor: bigint;
  readonly propertyTaxesMinor?: bigint;
  readonly homeownersInsuranceMinor?: bigint;
  readonly mortgageInsuranceMinor?: bigint;
  readonly associationDuesMinor?: bigint;
  readonly otherHousingMinor?: bigint;
}

/** Input of {@link debtToIncome}; all amounts are monthly minor units of one currency. @example const input: DebtToIncomeInput = { grossMonthlyIncomeMinor: 600_000n, housingPayment: { principalAndInterestMinor: 150_000n }, otherMonthlyDebtsMinor: [50_000n] }; */
export interface DebtToIncomeInput {
  readonly grossMonthlyIncomeMinor: bigint;
  readonly housingPayment: HousingPayment;
  /** Monthly payments on other debts: instalment loans, minimum card payments, alimony, child support. */
  readonly otherMonthlyDebtsMinor: ReadonlyArray<bigint>;
}

/** Output of {@link debtToIncome}. Percentages, rounded as asked. @example result.backEndPercent // 33.33 */
export interface DebtToIncomeResult {
  readonly housingPaymentMinor: bigint;
  readonly totalMonthlyDebtMinor: bigint;
  readonly grossMonthlyIncomeMinor: bigint;
  /** Housing payment / gross monthly income × 100 (the "housing" or "front-end" ratio). */
  readonly frontEndPercent: Decimal;
  /** (Housing payment + other debts) / gross monthly income × 100 (the "total" or "back-end" ratio). */
  readonly backEndPercent: Decimal;
}

/**
 * Sums the housing payment components. Fails with `invalid_amount` for a negative component.
 *
 * @example housingPaymentMinor({ principalAndInterestMinor: 120_000n, propertyTaxesMinor: 30_000n }) // ok(150_000n)
 */
export function housingPaymentMinor(payment: HousingPayment): Result<bigint> {
  let total = 0n;
  for (const [name, amount] of Object.entries(payment)) {
    if (amount === undefined) continue;
    if (typeof amount !== "bigint" || amount < 0n) {
      return fail("invalid_amount", `${name} must be a non-negative bigint of minor units`, ["housingPayment", name]);
    }
    total += amount;
  }
  return ok(total);
}

/**
 * Front-end and back-end debt-to-income ratios as percentages of gross monthly income. The
 * payment is an input: compute principal and interest with `schedule/` (or take the proposed
 * payment) and pass it in `housingPayment`.
 *
 * Fails with `invalid_amount` (negative amounts), `zero_denominator` (no income), `invalid_rounding`.
 *
 * @see 12 CFR 1026.43(c)(7) (monthly DTI = total monthly debt / total monthly income); CFPB, "What is a debt-to-income ratio?"
 * @example
 * // CFPB: $1,500 mortgage + $100 auto + $400 other = $2,000 of $6,000 income → 33%
 * debtToIncome(
 *   { grossMonthlyIncomeMinor: 600_000n, housingPayment: { principalAndInterestMinor: 150_000n }, otherMonthlyDebtsMinor: [10_000n, 40_000n] },
 *   { scale: 2, mode: "half-up" },
 * ) // ok({ frontEndPercent: 25.00, backEndPercent: 33.33, ... })
 */
export function debtToIncome(input: DebtToIncomeInput, rounding: RatioRoundingSteps): Result<DebtToIncomeResult> {
  const housing = housingPaymentMinor(input.housingPayment);
  if (!housing.ok) return housing;
  let total = housing.value;
  for (const [index, debt] of input.otherMonthlyDebtsMinor.entries()) {
    if (typeof debt !== "bigint" || debt < 0n) {
      return fail("invalid_amount", "a monthly debt must be a non-negative bigint of minor units", [
        "otherMonthlyDebtsMinor",
        index,
      ]);
    }
    total += debt;
  }
  const income = input.grossMonthlyIncomeMinor;
  if (typeof income !== "bigint" || income < 0n) {
    return fail("invalid_amount", "income must be a non-negative bigint of minor units", ["grossMonthlyIncomeMinor"]);
  }
  const frontEnd = percentOf(housing.value, income, rounding, "grossMonthlyIncomeMinor");
  if (!frontEnd.ok) return frontEnd;
  const backEnd = percentOf(total, income, rounding, "grossMonthlyIncomeMinor");
  if (!backEnd.ok) return backEnd;
  return ok({
    housingPaymentMinor: housing.value,
    totalMonthlyDebtMinor: total,
    grossMonthlyIncomeMinor: income,
    frontEndPercent: frontEnd.value,
    backEndPercent: backEnd.value,
  });
}
