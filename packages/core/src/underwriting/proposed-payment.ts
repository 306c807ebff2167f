import { fail, ok, type Result } from "../errors/index.js";
import { divideRounded } from "../money/index.js";
import {
  buildSchedule,
  type Frequency,
  regularPaymentMinor,
  type ScheduleTermsInput,
  validateScheduleTerms,
} from "../schedule/index.js";

const installmentsPerYear: Readonly<Record<Frequency, bigint>> = {
  weekly: 52n,
  biweekly: 26n,
  "semi-monthly": 24n,
  monthly: 12n,
  quarterly: 4n,
  yearly: 1n,
};

/** Output of {@link monthlyPrincipalAndInterest}. @example result.monthlyPaymentMinor // 119_910n */
export interface ProposedPayment {
  /** The installment the schedule charges, in minor units. */
  readonly installmentMinor: bigint;
  /** The installment as a monthly amount (× installments a year / 12, rounded up). */
  readonly monthlyPaymentMinor: bigint;
  /** `level-installment` (annuity) or `largest-installment` (other amortizations; a final balloon is excluded). */
  readonly method: "level-installment" | "largest-installment";
}

/**
 * The principal-and-interest payment to use in DTI, computed by `schedule/` from the proposed terms:
 * the level annuity installment for equal installments, otherwise the largest principal + interest
 * installment (a final balloon excluded), so the payment is never understated. Non-monthly
 * installments are converted to a monthly amount, rounded up. Fees are not included.
 *
 * ATR has its own payment rules for adjustable, interest-only and balloon loans (§ 1026.43(c)(5));
 * for those, compute the qualifying payment from the rule's terms and pass it to `debtToIncome`.
 *
 * Failures: those of `validateScheduleTerms` and `buildSchedule`.
 *
 * @see 12 CFR 1026.43(c)(5)(i)
 * @example
 * // $200,000 at 6% for 360 months: Excel PMT(0.06/12, 360, -200000) = 1,199.10
 * monthlyPrincipalAndInterest(terms) // ok({ installmentMinor: 119_910n, monthlyPaymentMinor: 119_910n, method: "level-installment" })
 */
export function monthlyPrincipalAndInterest(input: ScheduleTermsInput): Result<ProposedPayment> {
  const terms = validateScheduleTerms(input);
  if (!terms.ok) return terms;
  const perYear = installmentsPerYear[terms.value.frequency];
  if (perYear === undefined) return fail("invalid_term", "unknown frequency", ["frequency"]);
  const toMonthly = (installment: bigint) => divideRounded(installment * perYear, 12n, "ceiling");
  if (terms.value.amortization === "equal-installments") {
    const installmentMinor = regularPaymentMinor(terms.value);
    return ok({ installmentMinor, monthlyPaymentMinor: toMonthly(installmentMinor), method: "level-installment" });
  }
  const schedule = buildSchedule(terms.value);
  if (!schedule.ok) return schedule;
  const rows = schedule.value.rows;
  const hasBalloon = (terms.value.balloonMinor ?? 0n) > 0n && rows.length > 1;
  const considered = hasBalloon ? rows.slice(0, -1) : rows;
  let installmentMinor = 0n;
  for (const row of considered) {
    const principalAndInterest = row.principalMinor + row.interestMinor;
    if (principalAndInterest > installmentMinor) installmentMinor = principalAndInterest;
  }
  return ok({ installmentMinor, monthlyPaymentMinor: toMonthly(installmentMinor), method: "largest-installment" });
}
