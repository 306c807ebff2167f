import { fail, ok, type Result } from "../errors/index.js";
import { type Decimal, parseDecimal, type RoundingMode, round, toApproximateNumber } from "../money/index.js";

/**
 * The log-odds scale a scorecard was built on: `baseScore` points correspond to good:bad odds of
 * `baseOdds`, and every `pointsToDoubleOdds` points double the odds.
 *
 * @example const scale: ScoreScale = { baseScore: 600, baseOdds: "50", pointsToDoubleOdds: 20 };
 */
export interface ScoreScale {
  readonly baseScore: number;
  /** Good:bad odds at `baseScore`, as a decimal string (e.g. `"50"` for 50:1). */
  readonly baseOdds: string;
  readonly pointsToDoubleOdds: number;
}

/** How the probability is rounded for output. @example const rounding: ProbabilityRounding = { scale: 6, mode: "half-even" }; */
export interface ProbabilityRounding {
  readonly scale: number;
  readonly mode: RoundingMode;
}

/**
 * Probability of default (bad) for a score under the standard log-odds scaling:
 * `score = offset + factor · ln(odds)`, `factor = PDO / ln 2`, `offset = baseScore − factor · ln(baseOdds)`,
 * so `odds = exp((score − offset) / factor)` (good:bad) and `PD = 1 / (1 + odds)`.
 *
 * This needs `ln` and `exp`, so it is computed in binary floating point (about 15 significant
 * digits) and then rounded to `rounding.scale` decimals with `rounding.mode`. A probability is a
 * model estimate, not money; no amount is ever derived from it without a named rounding.
 *
 * Failure code: `invalid_score_scale` (non-finite score, odds ≤ 0, PDO ≤ 0, scale outside 1–15).
 *
 * @see N. Siddiqi, Credit Risk Scorecards (Wiley, 2006), scorecard scaling; shared/reference/rule-engine-notes.md §5.1
 * @example
 * // 600 points at 50:1 with PDO 20: a score of 600 has odds 50, PD = 1/51
 * probabilityOfDefault(600, { baseScore: 600, baseOdds: "50", pointsToDoubleOdds: 20 }, { scale: 6, mode: "half-even" });
 * // ok(0.019608)
 */
export function probabilityOfDefault(score: number, scale: ScoreScale, rounding: ProbabilityRounding): Result<Decimal> {
  const odds = parseDecimal(scale.baseOdds, ["baseOdds"]);
  if (!odds.ok || odds.value.units <= 0n) {
    return fail("invalid_score_scale", "baseOdds must be a positive decimal string", ["baseOdds"]);
  }
  if (!Number.isFinite(score) || !Number.isFinite(scale.baseScore)) {
    return fail("invalid_score_scale", "score and baseScore must be finite numbers", ["score"]);
  }
  if (!Number.isFinite(scale.pointsToDoubleOdds) || scale.pointsToDoubleOdds <= 0) {
    return fail("invalid_score_scale", "pointsToDoubleOdds must be a positive number", ["pointsToDoubleOdds"]);
  }
  if (!Number.isInteger(rounding.scale) || rounding.scale < 1 || rounding.scale > 15) {
    return fail("invalid_score_scale", "rounding scale must be an integer from 1 to 15", ["rounding", "scale"]);
  }
  const factor = scale.pointsToDoubleOdds / Math.LN2;
  const offset = scale.baseScore - factor * Math.log(toApproximateNumber(odds.value));
  const scoreOdds = Math.exp((score - offset) / factor);
  const probability = 1 / (1 + scoreOdds);
  // toFixed(20) is the exact binary value rounded to 20 places; the named mode then sets the output scale.
  const text = probability.toFixed(20);
  const parsed = parseDecimal(text);
  if (!parsed.ok) return fail("invalid_score_scale", "probability is not representable", ["score"]);
  return ok(round(parsed.value, rounding.scale, rounding.mode));
}
