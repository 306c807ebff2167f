import { fail, ok, type Result } from "../errors/index.js";

/** The four VA regions of the residual income table. @example const region: VaRegion = "west"; */
export type VaRegion = "northeast" | "midwest" | "south" | "west";

/**
 * VA's table of residual incomes by region, in USD cents, for family sizes 1-5, with the amount
 * added for each further member (up to a family of seven). Two tables: loan amounts of $79,999 and
 * below, and of $80,000 and above.
 *
 * Source: VA Pamphlet 26-7, Lenders Handbook, ch. 4, "Table of Residual Incomes by Region" (addr,
 * verify before production; the figures have been unchanged since 1997).
 *
 * @example vaResidualIncomeTable.atOrAbove80000.west[0] === 49_100n // $491, family of one
 */
export const vaResidualIncomeTable = {
  citation: "VA Pamphlet 26-7, ch. 4, Table of Residual Incomes by Region; 38 CFR 36.4340(e)",
  version: "1997",
  upTo79999: {
    northeast: [39_000n, 65_400n, 78_800n, 88_800n, 92_100n],
    midwest: [38_200n, 64_100n, 77_200n, 86_800n, 90_200n],
    south: [38_200n, 64_100n, 77_200n, 86_800n, 90_200n],
    west: [42_500n, 71_300n, 85_900n, 96_700n, 100_400n],
    eachAdditionalMemberMinor: 7_500n,
  },
  atOrAbove80000: {
    northeast: [45_000n, 75_500n, 90_900n, 102_500n, 106_200n],
    midwest: [44_100n, 73_800n, 88_900n, 100_300n, 103_900n],
    south: [44_100n, 73_800n, 88_900n, 100_300n, 103_900n],
    west: [49_100n, 82_300n, 99_000n, 111_700n, 115_800n],
    eachAdditionalMemberMinor: 8_000n,
  },
} as const;

/** VA's table stops at a family of seven; larger families are outside it. */
const maxTableFamilySize = 7;

/**
 * The VA guideline residual income for a household, in USD cents.
 *
 * Fails with `invalid_family_size` (not 1-7) or `invalid_amount` (negative loan amount).
 *
 * @example vaResidualIncomeGuideline({ region: "south", familySize: 6, loanAmountMinor: 30_000_000n })
 * // ok(111_900n): $1,039 for five + $80
 */
export function vaResidualIncomeGuideline(input: {
  readonly region: VaRegion;
  readonly familySize: number;
  readonly loanAmountMinor: bigint;
}): Result<bigint> {
  const { region, familySize, loanAmountMinor } = input;
  if (!Number.isInteger(familySize) || familySize < 1 || familySize > maxTableFamilySize) {
    return fail("invalid_family_size", `family size must be 1-${maxTableFamilySize}`, ["familySize"]);
  }
  if (loanAmountMinor < 0n) return fail("invalid_amount", "loan amount must not be negative", ["loanAmountMinor"]);
  const table = loanAmountMinor >= 8_000_000n ? vaResidualIncomeTable.atOrAbove80000 : vaResidualIncomeTable.upTo79999;
  const row = Object.hasOwn(table, region) ? table[region] : undefined;
  if (row === undefined) return fail("invalid_region", `unknown VA region "${String(region)}"`, ["region"]);
  const base = row[Math.min(familySize, 5) - 1]!;
  return ok(base + BigInt(Math.max(0, familySize - 5)) * table.eachAdditionalMemberMinor);
}
