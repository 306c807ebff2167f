import { addDays, addMonths, daysBetween, isEndOfMonth, type LocalDate, maxDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import type { AprInput, CashFlow } from "./apr-input.js";
import type { UnitPeriod } from "./unit-period.js";

export type { OddFirstPeriodMode } from "./apr-input.js";

/** The § 1026.17(c)(4) limits for a term: how much shorter or longer than a regular period a first period may be. */
export interface OddFirstPeriodTolerance {
  readonly term: "under-1-year" | "1-to-10-years" | "10-years-or-more";
  /** Most days shorter; `undefined` when any shorter first period may be disregarded (terms of 10 years or more). */
  readonly shorterDays: number | undefined;
  readonly longerDays: number;
}

/**
 * The § 1026.17(c)(4) tolerance for a term from `consummation` to the last payment: under 1 year, 6 days shorter or
 * 13 longer; 1 to under 10 years, 11 shorter or 21 longer; 10 years or more, any shorter or 32 longer. Years are
 * counted in calendar months from consummation.
 *
 * @see 12 CFR 1026.17(c)(4)
 * @example oddFirstPeriodTolerance(date("2026-01-15"), date("2031-01-01")) // { term: "1-to-10-years", shorterDays: 11, longerDays: 21 }
 */
export function oddFirstPeriodTolerance(consummation: LocalDate, lastPayment: LocalDate): OddFirstPeriodTolerance {
  if (lastPayment < addMonths(consummation, 12)) return { term: "under-1-year", shorterDays: 6, longerDays: 13 };
  if (lastPayment < addMonths(consummation, 120)) return { term: "1-to-10-years", shorterDays: 11, longerDays: 21 };
  return { term: "10-years-or-more", shorterDays: undefined, longerDays: 32 };
}

/**
 * The start of a regular first period: one unit period before the first payment (month ends kept at month ends;
 * a semimonth is 15 days).
 *
 * @example regularFirstPeriodStart(date("2026-02-28"), { unit: "month", count: 1 }) // "2026-01-31"
 */
export function regularFirstPeriodStart(firstPayment: LocalDate, period: UnitPeriod): LocalDate {
  switch (period.unit) {
    case "day":
      return addDays(firstPayment, -period.count);
    case "week":
      return addDays(firstPayment, -7 * period.count);
    case "semimonth":
      return addDays(firstPayment, -15);
    case "month":
    case "year": {
      const months = period.unit === "year" ? 12 * period.count : period.count;
      return addMonths(firstPayment, -months, isEndOfMonth(firstPayment) ? 31 : undefined);
    }
  }
}

/** The input with its first period made regular, and by how many days the real one differs (+ longer, − shorter). */
export interface RegularFirstPeriod {
  readonly input: AprInput;
  readonly oddDays: number;
}

function earliest(flows: ReadonlyArray<CashFlow>): CashFlow | undefined {
  let first: CashFlow | undefined;
  for (const flow of flows) if (flow.amountMinor > 0n && (first === undefined || flow.date < first.date)) first = flow;
  return first;
}

/**
 * Treats the first period as regular (§ 1026.17(c)(4)): the advances made at consummation are counted from one unit
 * period before the first payment, so every payment falls on whole unit periods; the payment amounts are kept. Fails
 * with `odd_first_period_out_of_tolerance` (details: `oddDays`, `term`, `shorterDays`, `longerDays`) when the first
 * period is more irregular than the term's tolerance, and with `odd_first_period_not_disregardable` when a later
 * advance would fall before the regular period's start.
 *
 * @see 12 CFR 1026.17(c)(4); Appendix J (b)(5)
 * @example regularizeFirstPeriod(input, { unit: "month", count: 1 }) // 2026-01-15 → 2026-03-01: 17 days long, ok
 */
export function regularizeFirstPeriod(input: AprInput, period: UnitPeriod): Result<RegularFirstPeriod> {
  const consummation = earliest(input.advances);
  const firstPayment = earliest(input.payments);
  if (consummation === undefined || firstPayment === undefined) return ok({ input, oddDays: 0 });
  const start = regularFirstPeriodStart(firstPayment.date, period);
  const oddDays = daysBetween(consummation.date, start);
  if (oddDays === 0) return ok({ input, oddDays });
  const lastPayment = input.payments.reduce((last, p) => maxDate(last, p.date), firstPayment.date);
  const tolerance = oddFirstPeriodTolerance(consummation.date, lastPayment);
  const isWithin =
    oddDays > 0
      ? oddDays <= tolerance.longerDays
      : tolerance.shorterDays === undefined || -oddDays <= tolerance.shorterDays;
  if (!isWithin) {
    const size = oddDays > 0 ? `${oddDays} days longer` : `${-oddDays} days shorter`;
    return fail(
      "odd_first_period_out_of_tolerance",
      `the first period is ${size} than a regular one, beyond what 12 CFR 1026.17(c)(4) lets a term ${tolerance.term.replaceAll("-", " ")} disregard`,
      ["oddFirstPeriod"],
      { oddDays, ...tolerance },
    );
  }
  const advances = input.advances.map((advance) =>
    advance.date === consummation.date ? { ...advance, date: start } : advance,
  );
  if (advances.some((advance) => advance.date < start)) {
    return fail("odd_first_period_not_disregardable", "an advance falls before the regular first period's start", [
      "advances",
    ]);
  }
  return ok({ input: { ...input, advances }, oddDays });
}
