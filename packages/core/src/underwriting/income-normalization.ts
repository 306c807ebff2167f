import { fail, ok, type Result } from "../errors/index.js";
import { divideRounded, type RoundingMode } from "../money/index.js";

/** How often an income amount is received. @example const f: IncomeFrequency = "biweekly"; */
export type IncomeFrequency = "weekly" | "biweekly" | "semi-monthly" | "monthly" | "annual";

/** Pay periods in a year for each frequency. @example incomePeriodsPerYear.biweekly === 26n */
export const incomePeriodsPerYear: Readonly<Record<IncomeFrequency, bigint>> = {
  weekly: 52n,
  biweekly: 26n,
  "semi-monthly": 24n,
  monthly: 12n,
  annual: 1n,
};

/** An income stream in minor units of one currency. @example const pay: IncomeSource = { amountMinor: 200_000n, frequency: "biweekly" }; */
export interface IncomeSource {
  readonly amountMinor: bigint;
  readonly frequency: IncomeFrequency;
  readonly label?: string;
}

/**
 * Monthly income from income streams of any frequency: weekly × 52 / 12, biweekly × 26 / 12,
 * semi-monthly × 2 (= 24 / 12), monthly × 1, annual / 12. The annualized amounts are summed
 * exactly and divided by 12 once, so there is exactly one rounding, by `mode`. Lenders usually
 * round income down (`"down"`) so it is never overstated.
 *
 * Fails with `invalid_income` for a negative amount or an unknown frequency.
 *
 * @see Fannie Mae Selling Guide B3-3.1-01 (income is underwritten as a monthly amount; addr, verify). The
 * multipliers are the pay periods in a 52-week year: 52 weekly, 26 biweekly, 24 semi-monthly.
 * @example
 * // $2,000.00 biweekly: 200,000 × 26 / 12 = 433,333.33… cents → 433,333 cents ($4,333.33) rounded down
 * monthlyIncomeMinor([{ amountMinor: 200_000n, frequency: "biweekly" }], "down") // ok(433_333n)
 */
export function monthlyIncomeMinor(sources: ReadonlyArray<IncomeSource>, mode: RoundingMode): Result<bigint> {
  let annualMinor = 0n;
  for (const [index, source] of sources.entries()) {
    const periods = Object.hasOwn(incomePeriodsPerYear, source.frequency)
      ? incomePeriodsPerYear[source.frequency]
      : undefined;
    if (periods === undefined) {
      return fail("invalid_income", `unknown income frequency "${String(source.frequency)}"`, [index, "frequency"]);
    }
    if (typeof source.amountMinor !== "bigint" || source.amountMinor < 0n) {
      return fail("invalid_income", "income amount must be a non-negative bigint of minor units", [
        index,
        "amountMinor",
      ]);
    }
    annualMinor += source.amountMinor * periods;
  }
  return ok(divideRounded(annualMinor, 12n, mode));
}

/**
 * One income stream converted to a monthly amount; see {@link monthlyIncomeMinor}.
 *
 * @example normalizeIncomeToMonthly(100_000n, "weekly", "down") // ok(433_333n): 100,000 × 52 / 12
 */
export function normalizeIncomeToMonthly(
  amountMinor: bigint,
  frequency: IncomeFrequency,
  mode: RoundingMode,
): Result<bigint> {
  return monthlyIncomeMinor([{ amountMinor, frequency }], mode);
}
