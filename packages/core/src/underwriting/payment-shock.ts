import { fail, ok, type Result } from "../errors/index.js";
import type { Decimal } from "../money/index.js";
import { percentOf, type RatioRoundingSteps } from "./ratio.js";

/** Output of {@link paymentShock}. @example result.increasePercent // 50.00 */
export interface PaymentShockResult {
  /** (Proposed − current) / current × 100; negative when the payment falls. */
  readonly increasePercent: Decimal;
  readonly increaseMinor: bigint;
}

/**
 * Payment shock: how much the proposed monthly housing payment exceeds the current one, as a
 * percentage of the current payment.
 *
 * Fails with `no_current_housing_payment` when the current payment is zero (shock is undefined:
 * treat it as a policy question, e.g. first-time buyer), `invalid_amount`, `invalid_rounding`.
 *
 * No regulation defines payment shock; this is the ratio as lenders' credit policies commonly state it.
 * @example
 * // $1,200 rent → $1,800 PITIA: (1,800 − 1,200) / 1,200 = 50%
 * paymentShock({ currentHousingPaymentMinor: 120_000n, proposedHousingPaymentMinor: 180_000n }, { scale: 2, mode: "half-up" })
 */
export function paymentShock(
  input: { readonly currentHousingPaymentMinor: bigint; readonly proposedHousingPaymentMinor: bigint },
  rounding: RatioRoundingSteps,
): Result<PaymentShockResult> {
  const { currentHousingPaymentMinor: current, proposedHousingPaymentMinor: proposed } = input;
  if (typeof current !== "bigint" || current < 0n || typeof proposed !== "bigint" || proposed < 0n) {
    return fail("invalid_amount", "housing payments must be non-negative bigints of minor units");
  }
  if (current === 0n) {
    return fail("no_current_housing_payment", "payment shock is undefined without a current housing payment", [
      "currentHousingPaymentMinor",
    ]);
  }
  const increaseMinor = proposed - current;
  const percent = percentOf(increaseMinor, current, rounding, "currentHousingPaymentMinor");
  if (!percent.ok) return percent;
  return ok({ increasePercent: percent.value, increaseMinor });
}
