import type { PeriodCount } from "./unit-period.js";

/**
 * Equal flows at consecutive whole unit periods with the same fraction: `amountMinor` at t = first, first + 1, …,
 * first + count − 1, each preceded by the fraction f = fractionNumerator / fractionDenominator of a unit period.
 * Grouping a level schedule into a few runs lets the solver use closed-form geometric sums.
 */
export interface FlowRun {
  /** +1 for payments, −1 for advances. */
  readonly sign: 1 | -1;
  readonly amountMinor: bigint;
  readonly first: number;
  readonly count: number;
  readonly fractionNumerator: number;
  readonly fractionDenominator: number;
}

/** Groups flows (in date order) into runs. */
export function toRuns(
  flows: ReadonlyArray<{ readonly sign: 1 | -1; readonly amountMinor: bigint; readonly at: PeriodCount }>,
): FlowRun[] {
  const runs: FlowRun[] = [];
  let open: { -readonly [K in keyof FlowRun]: FlowRun[K] } | undefined;
  for (const { sign, amountMinor, at } of flows) {
    const fits =
      open &&
      open.sign === sign &&
      open.amountMinor === amountMinor &&
      open.first + open.count === at.whole &&
      open.fractionNumerator * at.fractionDenominator === at.fractionNumerator * open.fractionDenominator;
    if (open && fits) {
      open.count += 1;
      continue;
    }
    if (open) runs.push(open);
    open = {
      sign,
      amountMinor,
      first: at.whole,
      count: 1,
      fractionNumerator: at.fractionNumerator,
      fractionDenominator: at.fractionDenominator,
    };
  }
  if (open) runs.push(open);
  return runs;
}

/**
 * Σ sign × A / ((1 + f·i)(1 + i)^t) in doubles: only to seed the solver, never the answer.
 * A run sums to A/(1 + f·i) × v^a × (1 − v^m)/(1 − v), v = 1/(1 + i).
 */
export function presentValueFloat(runs: ReadonlyArray<FlowRun>, i: number): number {
  let total = 0;
  const v = 1 / (1 + i);
  for (const run of runs) {
    const amount = Number(run.amountMinor) / (1 + (run.fractionNumerator / run.fractionDenominator) * i);
    const annuity = Math.abs(i) < 1e-12 ? run.count : (v ** run.first * (1 - v ** run.count)) / (1 - v);
    total += run.sign * amount * annuity;
  }
  return total;
}

/** Fixed-point bits of the exact evaluation: values are integers scaled by 2^bits. */
const bits = 160n;
const one = 1n << bits;

/** A positive quantity known to lie in [low, high] (both scaled by 2^bits). */
type Bounds = readonly [bigint, bigint];

function multiplyBounds(a: Bounds, b: Bounds): Bounds {
  return [(a[0] * b[0]) >> bits, ((a[1] * b[1]) >> bits) + 1n];
}

function ratioBounds(numerator: bigint, denominator: bigint): Bounds {
  const low = (numerator << bits) / denominator;
  return [low, low + 1n];
}

function powerBounds(base: Bounds, exponent: number): Bounds {
  let result: Bounds = [one, one];
  let square = base;
  let e = exponent;
  while (e > 0) {
    if (e & 1) result = multiplyBounds(result, square);
    e >>= 1;
    if (e > 0) square = multiplyBounds(square, square);
  }
  return result;
}

/**
 * Rigorous bounds on Σ sign × A / ((1 + f·i)(1 + i)^t) × 2^bits at the exact rational rate i = N/D ≥ 0: every
 * step rounds its low bound down and its high bound up, so the true value lies inside. Used to prove the sign of
 * the Appendix J equation at the ends of the interval that the disclosed APR claims.
 */
export function presentValueBounds(
  runs: ReadonlyArray<FlowRun>,
  rateNumerator: bigint,
  rateDenominator: bigint,
): Bounds {
  const n = rateNumerator;
  const d = rateDenominator;
  const discount = ratioBounds(d, d + n); // v = 1/(1+i)
  const perRate = ratioBounds(d + n, n === 0n ? 1n : n); // 1/(1 − v) = (1 + i)/i
  let low = 0n;
  let high = 0n;
  // v^(first + count) of the previous run: the next run usually starts there, so its lead costs one product.
  let nextFirst = -1;
  let nextLead: Bounds = [one, one];
  // 1/(1 + f·i), kept while neighbouring runs share the fraction f (a level schedule's runs all do)
  let simple: Bounds = [one, one];
  let simpleNumerator = 0;
  let simpleDenominator = 1;
  for (const run of runs) {
    if (run.fractionNumerator * simpleDenominator !== simpleNumerator * run.fractionDenominator) {
      simpleNumerator = run.fractionNumerator;
      simpleDenominator = run.fractionDenominator;
      const fd = BigInt(simpleDenominator);
      simple = ratioBounds(fd * d, fd * d + BigInt(simpleNumerator) * n);
    }
    let annuity: Bounds;
    if (n === 0n) annuity = [BigInt(run.count) << bits, BigInt(run.count) << bits];
    else {
      const lead = run.first === nextFirst ? nextLead : powerBounds(discount, run.first); // v^a
      const tail = run.count === 1 ? discount : powerBounds(discount, run.count); // v^m
      // Σ_{k<m} v^(a+k) = v^a (1 − v^m)/(1 − v); a single flow is v^a itself.
      annuity =
        run.count === 1 ? lead : multiplyBounds(multiplyBounds(lead, [one - tail[1], one - tail[0] + 1n]), perRate);
      nextFirst = run.first + run.count;
      nextLead = multiplyBounds(lead, tail);
    }
    const value = multiplyBounds(simple, annuity);
    if (run.sign > 0) {
      low += value[0] * run.amountMinor;
      high += value[1] * run.amountMinor;
    } else {
      low -= value[1] * run.amountMinor;
      high -= value[0] * run.amountMinor;
    }
  }
  return [low, high];
}
