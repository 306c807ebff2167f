import type { InterestFactors } from "./interest-factors.js";
import { roundToMultiple } from "./level-payment.js";
import { buildRows, type Plan } from "./schedule-rows.js";
import type { ScheduleTerms } from "./terms.js";

// Level-payment conventions of issue 13: solving from each period's own rate, and re-picking the level payment so
// the last installment lands as close as possible to the others.

/**
 * The level payment that clears `principal` (less the balloon) over the amortizing rows `from`..end, each at its own
 * rate r_k = numerators[k] / D: with g_k = D + numerators[k], L = (P·Πg − B·D^m) / T_m where T_j = T_(j−1)·g_j + D^j
 * (T_0 = 0) is Σ_j D^j·Π_(k>j) g_k. Exact; rounded once to the installment multiple.
 *
 * @see Kellison, The Theory of Interest, 3rd ed., § 5.2 (amortization with varying rates: retrospective balance)
 * @example actualRatesLevelPayment(terms, factors, 0) // 4 periods at 1 %, 2 %, 1 %, 2 % of $1,000
 */
export function actualRatesLevelPayment(terms: ScheduleTerms, factors: InterestFactors, from: number): bigint {
  const denominator = factors.denominator;
  let growth = 1n;
  let powerOfD = 1n;
  let sum = 0n;
  for (let k = from; k < factors.numerators.length; k++) {
    const g = denominator + (factors.numerators[k] ?? 0n);
    growth *= g;
    powerOfD *= denominator;
    sum = sum * g + powerOfD;
  }
  const numerator = terms.principalMinor * growth - (terms.balloonMinor ?? 0n) * powerOfD;
  const { installmentMultipleMinor: multiple, mode } = terms.rounding;
  return roundToMultiple(numerator, sum, multiple, mode);
}

/** Last installment's principal + interest minus the level payment, for `plan` (fees and balloon excluded). */
function lastGap(terms: ScheduleTerms, plan: Plan): bigint {
  const { rows } = buildRows(terms, plan);
  const last = rows[rows.length - 1];
  if (last === undefined) return 0n;
  return last.principalMinor + last.interestMinor - (terms.balloonMinor ?? 0n) - plan.levelMinor;
}

const absolute = (value: bigint) => (value < 0n ? -value : value);

/**
 * The plan with its level payment re-picked, in steps of the installment multiple, so the last installment is as
 * close as possible to it. The unadjusted payment is a candidate, so the result is never further off; ties keep
 * the unadjusted payment. The step's effect on the last installment is measured (one extra build); from the shift
 * it suggests, the search walks to whichever neighbour brings the last installment closer.
 *
 * @example adjustLastInstallment(terms, plan).levelMinor // 88_826n where the unadjusted 88_866n leaves a last of 88_353n
 */
export function adjustLastInstallment(terms: ScheduleTerms, plan: Plan): Plan {
  const step = terms.rounding.installmentMultipleMinor;
  const gap = lastGap(terms, plan);
  if (gap === 0n || terms.numberOfPayments < 2) return plan;
  const at = (shift: bigint): Plan => ({ ...plan, levelMinor: plan.levelMinor + shift * step });
  const effect = gap - lastGap(terms, at(1n));
  if (effect <= 0n) return plan;
  const estimate = (gap + (gap > 0n ? effect : -effect) / 2n) / effect;
  const gapAt = (shift: bigint) =>
    shift === 0n ? absolute(gap) : plan.levelMinor + shift * step <= 0n ? null : absolute(lastGap(terms, at(shift)));
  let best = { shift: estimate, gap: gapAt(estimate) };
  // The measured effect carries rounding noise: walk from the estimate while a neighbour is closer.
  for (const direction of [1n, -1n]) {
    for (let walked = 0; walked < 64 && best.gap !== null; walked++) {
      const next = gapAt(best.shift + direction);
      if (next === null || next >= best.gap) break;
      best = { shift: best.shift + direction, gap: next };
    }
  }
  if (best.gap === null || best.gap >= absolute(gap)) return plan;
  return best.shift === 0n ? plan : at(best.shift);
}
