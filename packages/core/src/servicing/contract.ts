import { adjustBusinessDay, type LocalDate } from "../calendar/index.js";
import { ok, type Result } from "../errors/index.js";
import {
  buildSchedule,
  type Frequency,
  periodsPerYear,
  type ScheduleRow,
  type ScheduleTerms,
  scheduleOutline,
  unadjustedDueDate,
} from "../schedule/index.js";

/**
 * One contractual installment as servicing needs it. `kind: "level"` rows collect a level payment
 * (`plannedMinor` = principal + interest; principal is what is left after the interest actually
 * accrued); `kind: "principal"` rows collect `plannedMinor` of principal plus the accrued interest.
 *
 * @example
 * contractPlan(terms).ok && contractPlan(terms).value.rows[0]?.kind === "level"
 */
export interface PlanRow {
  readonly number: number;
  readonly dueDate: LocalDate;
  readonly kind: "level" | "principal";
  readonly plannedMinor: bigint;
  /** Flat-interest loans: the scheduled interest of the row (no daily accrual); 0 otherwise. */
  readonly plannedInterestMinor: bigint;
  readonly isInterestDeferred: boolean;
  readonly feesMinor: bigint;
}

/**
 * The contractual plan of a loan: rows, the level installment and the periods per year.
 *
 * @example
 * const plan: ContractPlan = unwrap(contractPlan(terms)); plan.levelInstallmentMinor
 */
export interface ContractPlan {
  readonly rows: ReadonlyArray<PlanRow>;
  readonly levelInstallmentMinor: bigint;
  readonly periodsPerYear: number;
}

/**
 * The k-th unadjusted due date of a schedule anchored at `first` (k = 0), by the schedule module's
 * rule; used for installments added by a payment holiday or a reschedule.
 *
 * @example nthDueDate(date("2026-01-31"), "monthly", 1) === "2026-02-28"
 */
export function nthDueDate(first: LocalDate, frequency: Frequency, k: number): LocalDate {
  return unadjustedDueDate(first, frequency, k).date;
}

/**
 * The k-th due date of a schedule anchored at `first` (k = 0), moved to a business day when the
 * terms carry a business-day adjustment (`terms.businessDays`, convention other than `none`), as
 * `buildSchedule` moves the contractual dates. Used for installments added after boarding: by a
 * payment holiday, a reschedule, or interest periods after maturity.
 *
 * @example adjustedDueDate(terms, date("2026-01-01"), 2) // "2026-03-02" when 1 March 2026 (a Sunday) moves "following"
 */
export function adjustedDueDate(terms: ScheduleTerms, first: LocalDate, k: number): LocalDate {
  const raw = unadjustedDueDate(first, terms.frequency, k).date;
  const adjustment = terms.businessDays;
  if (!adjustment || adjustment.convention === "none") return raw;
  return adjustBusinessDay(raw, adjustment.convention, adjustment.calendar);
}

/**
 * Derives the servicing plan from validated terms with the schedule module: due dates (after any
 * business-day adjustment) and the level payment of `regularPaymentMinor` (annuity with odd first
 * period, grace and balloon) from `scheduleOutline`, the planned principal of equal-principal rows
 * from `buildSchedule`, and interest-grace rows. Interest itself is not taken from the schedule: servicing accrues
 * it daily on the principal actually outstanding. Flat-interest loans are the exception: their rows
 * carry the scheduled principal and interest (grace included), and nothing accrues daily.
 *
 * @example contractPlan(terms).ok
 */
export function contractPlan(terms: ScheduleTerms): Result<ContractPlan> {
  const cached = plans.get(terms);
  if (cached) return cached;
  const plan = buildPlan(terms);
  plans.set(terms, plan);
  return plan;
}

/** Terms are immutable values, so a plan computed once per terms object can be reused by every replay. */
const plans = new WeakMap<ScheduleTerms, Result<ContractPlan>>();

function buildPlan(terms: ScheduleTerms): Result<ContractPlan> {
  const perYear = periodsPerYear(terms.frequency);
  if (terms.interestMethod === "flat" || terms.amortization === "equal-principal") {
    const schedule = buildSchedule(terms);
    if (!schedule.ok) return schedule;
    return ok({ rows: plannedAmounts(terms, schedule.value.rows), levelInstallmentMinor: 0n, periodsPerYear: perYear });
  }
  // Annuities and interest-only loans plan no amount of the schedule's rows but a down payment: only the
  // dates and the level payment, so the rows' interest is not computed (the plan of every loan replayed).
  const { dueDates, levelMinor } = scheduleOutline(terms);
  const level = terms.amortization === "equal-installments" ? levelMinor : 0n;
  // A down payment is row 0, principal only and no fees, due on the disbursement date; grace counts after it.
  const first = terms.downPayment === undefined ? 0 : 1;
  const grace = (terms.principalGracePeriods ?? 0) + first;
  const interestGrace = (terms.interestGracePeriods ?? 0) + first;
  const feesMinor = terms.feesPerInstallmentMinor ?? 0n;
  const rows: PlanRow[] = new Array(dueDates.length);
  for (let k = 0; k < rows.length; k++) {
    const kind = level > 0n && k >= grace ? "level" : "principal";
    rows[k] = {
      number: k + 1,
      dueDate: dueDates[k]!,
      kind,
      plannedMinor: kind === "level" ? level : k < first ? (terms.downPayment?.amountMinor ?? 0n) : 0n,
      plannedInterestMinor: 0n,
      isInterestDeferred: k >= first && k < interestGrace,
      feesMinor: k < first ? 0n : feesMinor,
    };
  }
  return ok({ rows, levelInstallmentMinor: level, periodsPerYear: perYear });
}

/** Rows that plan the schedule's principal (flat and equal-principal loans), and a flat loan's interest. */
function plannedAmounts(terms: ScheduleTerms, scheduled: ReadonlyArray<ScheduleRow>): PlanRow[] {
  const isFlat = terms.interestMethod === "flat";
  const first = terms.downPayment === undefined ? 0 : 1;
  const interestGrace = (terms.interestGracePeriods ?? 0) + first;
  return scheduled.map(
    (row, k): PlanRow => ({
      number: row.number,
      dueDate: row.dueDate,
      kind: "principal",
      plannedMinor: row.principalMinor,
      plannedInterestMinor: isFlat ? row.interestMinor : 0n,
      isInterestDeferred: !isFlat && k >= first && k < interestGrace,
      feesMinor: row.feesMinor,
    }),
  );
}
