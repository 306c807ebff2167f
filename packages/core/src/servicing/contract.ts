import { addDays, addMonths, isEndOfMonth, type LocalDate, toParts } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import type { Frequency, ScheduleTerms } from "../schedule/index.js";
import { toRateUnits } from "./accrual.js";
import { levelInstallment } from "./amortize.js";

/**
 * One contractual installment as servicing needs it. `kind: "level"` rows collect a level payment
 * (`plannedMinor` = principal + interest; principal is what is left after the interest actually
 * accrued); `kind: "principal"` rows collect `plannedMinor` of principal plus the accrued interest.
 */
export interface PlanRow {
  readonly number: number;
  readonly dueDate: LocalDate;
  readonly kind: "level" | "principal";
  readonly plannedMinor: bigint;
  readonly isInterestDeferred: boolean;
  readonly feesMinor: bigint;
}

/** The contractual plan of a loan: rows, the level installment and the periods per year. */
export interface ContractPlan {
  readonly rows: ReadonlyArray<PlanRow>;
  readonly levelInstallmentMinor: bigint;
  readonly periodsPerYear: number;
}

/** @example periodsPerYearOf("biweekly") === 26 */
export function periodsPerYearOf(frequency: Frequency): number {
  return { weekly: 52, biweekly: 26, "semi-monthly": 24, monthly: 12, quarterly: 4, yearly: 1 }[frequency];
}

/**
 * The k-th unadjusted due date (k = 0 is the first payment date). Month-based frequencies keep the
 * first date's day (a month-end first date keeps to month ends); semi-monthly dates pair day a
 * with a + 15 (clamped to the month's end).
 *
 * @example nthDueDate(date("2026-01-31"), "monthly", 1) === "2026-02-28"
 */
export function nthDueDate(first: LocalDate, frequency: Frequency, k: number): LocalDate {
  const day = isEndOfMonth(first) ? 31 : toParts(first).day;
  switch (frequency) {
    case "weekly":
      return addDays(first, 7 * k);
    case "biweekly":
      return addDays(first, 14 * k);
    case "monthly":
      return addMonths(first, k, day);
    case "quarterly":
      return addMonths(first, 3 * k, day);
    case "yearly":
      return addMonths(first, 12 * k, day);
    case "semi-monthly": {
      const d = toParts(first).day;
      const low = d <= 15 ? d : d - 15;
      const index = k + (d <= 15 ? 0 : 1);
      // addMonths clamps a day past the month's end (low + 15 = 30 or 31 in February).
      return addMonths(addMonths(first, 0, 1), Math.floor(index / 2), index % 2 === 0 ? low : low + 15);
    }
  }
}

/**
 * Derives the servicing plan from validated terms: due dates by `nthDueDate`, the level installment
 * by the annuity formula over the periods after any principal grace, equal principal by exact
 * division (the remainder goes to the last installment), interest-only with the whole principal
 * in the last installment. Fails with `unsupported_terms` for flat interest, which servicing does
 * not recalculate daily.
 *
 * @example contractPlan(terms).ok
 */
export function contractPlan(terms: ScheduleTerms): Result<ContractPlan> {
  if (terms.interestMethod === "flat") {
    return fail(
      "unsupported_terms",
      "servicing accrues interest on the declining balance; flat interest is not serviced",
      ["interestMethod"],
    );
  }
  const n = terms.numberOfPayments;
  const grace = terms.principalGracePeriods ?? 0;
  const interestGrace = terms.interestGracePeriods ?? 0;
  const ppy = periodsPerYearOf(terms.frequency);
  const amortizing = n - grace;
  const level =
    terms.amortization === "equal-installments"
      ? levelInstallment(
          terms.principalMinor - (terms.balloonMinor ?? 0n),
          toRateUnits(terms.annualRatePercent),
          ppy,
          amortizing,
          terms.rounding.mode,
          terms.rounding.installmentMultipleMinor,
        )
      : 0n;
  const equalPrincipal = terms.principalMinor / BigInt(amortizing);
  const rows: PlanRow[] = [];
  for (let k = 0; k < n; k++) {
    const inGrace = k < grace;
    const kind = terms.amortization === "equal-installments" && !inGrace ? "level" : "principal";
    let plannedMinor = 0n;
    if (kind === "level") plannedMinor = level;
    else if (terms.amortization === "equal-principal" && !inGrace) plannedMinor = equalPrincipal;
    rows.push({
      number: k + 1,
      dueDate: nthDueDate(terms.firstPaymentDate, terms.frequency, k),
      kind,
      plannedMinor,
      isInterestDeferred: k < interestGrace,
      feesMinor: terms.feesPerInstallmentMinor ?? 0n,
    });
  }
  return ok({ rows, levelInstallmentMinor: level, periodsPerYear: ppy });
}
