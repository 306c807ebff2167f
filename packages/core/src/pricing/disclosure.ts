import type { LocalDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import { compare, type Decimal, dec, formatDecimal, normalize, round } from "../money/index.js";
import type { Schedule } from "../schedule/index.js";
import { type CashFlow, computeApr } from "./apr.js";
import type { OddFirstPeriodMode } from "./odd-first-period.js";
import type { UnitPeriod } from "./unit-period.js";

/** Input of `disclose`: the payments (or the schedule they come from) and the amount financed. */
export interface DisclosureInput {
  /** Consummation: the day the amount financed is advanced. */
  readonly consummationDate: LocalDate;
  /**
   * Amount financed (§ 1026.18(b)), in minor units: the principal plus other amounts financed, minus the prepaid
   * finance charges (origination fees withheld from the proceeds or paid at closing).
   */
  readonly amountFinancedMinor: bigint;
  /** Prepaid finance charges included in the finance charge, in minor units (default 0); reported, not re-subtracted. */
  readonly prepaidFinanceChargesMinor?: bigint;
  /** The schedule whose row totals are the scheduled payments… */
  readonly schedule?: Schedule;
  /** …or the payments themselves. Exactly one of the two. */
  readonly payments?: ReadonlyArray<CashFlow>;
  /** `exact` (default) or `disregard` an odd first period within the § 1026.17(c)(4) tolerances. */
  readonly oddFirstPeriod?: OddFirstPeriodMode;
}

/** The Truth in Lending figures of a closed-end loan, in minor units. */
export interface Disclosure {
  readonly amountFinancedMinor: bigint;
  /** Total of payments − amount financed: interest, installment fees and prepaid finance charges (§ 1026.4, 18(d)). */
  readonly financeChargeMinor: bigint;
  readonly prepaidFinanceChargesMinor: bigint;
  /** Sum of all scheduled payments (§ 1026.18(h)). */
  readonly totalOfPaymentsMinor: bigint;
  /** Appendix J APR in percent, 6 decimals. */
  readonly aprPercent: Decimal;
  /** The APR as disclosed: rounded half-up to 3 decimals, trailing zeros dropped (e.g. "4.174"). */
  readonly disclosedAprPercent: string;
  readonly unitPeriod: UnitPeriod;
  /** With `oddFirstPeriod: "disregard"`: days the first period is longer (+) or shorter (−) than a regular one. */
  readonly oddFirstPeriodDays?: number;
}

function paymentsOf(input: DisclosureInput): Result<ReadonlyArray<CashFlow>> {
  if (input.schedule && input.payments) return fail("invalid_term", "give either a schedule or payments, not both");
  if (input.payments) return ok(input.payments);
  if (input.schedule) return ok(input.schedule.rows.map((row) => ({ amountMinor: row.totalMinor, date: row.dueDate })));
  return fail("invalid_term", "a schedule or payments are needed", ["payments"]);
}

/**
 * The TILA disclosure figures: amount financed, finance charge, total of payments and the Appendix J APR, with the
 * APR also given as it would be printed (3 decimals, half-up; comfortably inside the 1/8-point tolerance).
 *
 * @see 12 CFR 1026.18(b), (d), (e), (h); § 1026.22(a); Appendix J
 * @example
 * disclose({ consummationDate: date("2026-01-01"), amountFinancedMinor: 1_950_000n, prepaidFinanceChargesMinor: 50_000n, schedule })
 */
export function disclose(input: DisclosureInput): Result<Disclosure> {
  const payments = paymentsOf(input);
  if (!payments.ok) return payments;
  const prepaid = input.prepaidFinanceChargesMinor ?? 0n;
  if (input.amountFinancedMinor <= 0n) {
    return fail("invalid_amount", "the amount financed must be positive", ["amountFinancedMinor"]);
  }
  if (prepaid < 0n)
    return fail("invalid_amount", "prepaid finance charges cannot be negative", ["prepaidFinanceChargesMinor"]);
  const totalOfPaymentsMinor = payments.value.reduce((sum, p) => sum + p.amountMinor, 0n);
  const apr = computeApr({
    advances: [{ amountMinor: input.amountFinancedMinor, date: input.consummationDate }],
    payments: payments.value,
    ...(input.oddFirstPeriod === undefined ? {} : { oddFirstPeriod: input.oddFirstPeriod }),
  });
  if (!apr.ok) return apr;
  return ok({
    amountFinancedMinor: input.amountFinancedMinor,
    financeChargeMinor: totalOfPaymentsMinor - input.amountFinancedMinor,
    prepaidFinanceChargesMinor: prepaid,
    totalOfPaymentsMinor,
    aprPercent: apr.value.aprPercent,
    disclosedAprPercent: formatDecimal(normalize(round(apr.value.aprPercent, 3, "half-up"))),
    unitPeriod: apr.value.unitPeriod,
    ...(apr.value.oddFirstPeriodDays === undefined ? {} : { oddFirstPeriodDays: apr.value.oddFirstPeriodDays }),
  });
}

/** The Military Lending Act cap on the MAPR, in percent. @see 32 CFR 232.4(b) */
export const militaryAprLimitPercent: Decimal = dec("36");

/** Input of `checkMilitaryApr`. */
export interface MilitaryAprInput {
  readonly consummationDate: LocalDate;
  /** Amount financed under Regulation Z, in minor units. */
  readonly amountFinancedMinor: bigint;
  /**
   * Charges the MAPR adds to the finance charge although Regulation Z may exclude them, paid at or before
   * consummation or financed: credit insurance, debt cancellation, ancillary products, application and participation
   * fees (32 CFR 232.4(c)), in minor units.
   */
  readonly additionalChargesMinor: bigint;
  readonly payments: ReadonlyArray<CashFlow>;
  /** `exact` (default) or `disregard` an odd first period within the § 1026.17(c)(4) tolerances, as for the APR. */
  readonly oddFirstPeriod?: OddFirstPeriodMode;
}

/** The MAPR and whether it is within the 36 % cap (a MAPR of exactly 36 % is allowed: "may not exceed"). */
export interface MilitaryAprCheck {
  readonly maprPercent: Decimal;
  readonly limitPercent: Decimal;
  readonly isWithinLimit: boolean;
}

/**
 * The Military Annual Percentage Rate: the Appendix J APR with the MLA's wider set of charges treated as finance
 * charges (they reduce the amount the borrower really gets), checked against 36 %.
 *
 * @see 32 CFR 232.4(b)-(c); 10 U.S.C. 987(b)
 * @example checkMilitaryApr({ consummationDate, amountFinancedMinor: 100_000n, additionalChargesMinor: 5_000n, payments })
 */
export function checkMilitaryApr(input: MilitaryAprInput): Result<MilitaryAprCheck> {
  if (input.additionalChargesMinor < 0n || input.additionalChargesMinor >= input.amountFinancedMinor) {
    return fail("invalid_amount", "additional charges must be ≥ 0 and below the amount financed", [
      "additionalChargesMinor",
    ]);
  }
  const apr = computeApr({
    advances: [{ amountMinor: input.amountFinancedMinor - input.additionalChargesMinor, date: input.consummationDate }],
    payments: input.payments,
    ...(input.oddFirstPeriod === undefined ? {} : { oddFirstPeriod: input.oddFirstPeriod }),
  });
  if (!apr.ok) return apr;
  return ok({
    maprPercent: apr.value.aprPercent,
    limitPercent: militaryAprLimitPercent,
    isWithinLimit: compare(apr.value.aprPercent, militaryAprLimitPercent) <= 0,
  });
}
