import { addDays, addMonths, type LocalDate, maxDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import { compare, type Decimal, dec } from "../money/index.js";
import { chargePenaltyInterest } from "./penalty.js";
import type { Working } from "./working.js";

/**
 * The SCRA rate cap, percent a year: 6 %, "including most fees charged as interest" (service charges,
 * renewal charges and other fees; bona fide insurance excepted).
 * @see 50 U.S.C. § 3937(a)(1), (d)(1)
 *
 * @example compare(rate, SCRA_RATE_CAP_PERCENT) > 0 // the rate must be capped
 */
export const SCRA_RATE_CAP_PERCENT: Decimal = dec("6");

/**
 * What the SCRA rule needs to know about one period of military service.
 *
 * - `obligationDate`: when the borrower incurred the obligation (the loan's disbursement date); only
 *   obligations incurred before active duty are protected.
 * - `activeDutyEndDate`: the last day of service, or null while it is open.
 * - `isMortgage`: a mortgage (a product of type `mortgage`) stays capped one year after service ends.
 * - `ratePercent`: the loan's annual rate on the start date.
 *
 * @example
 * const input: ScraInput = { obligationDate: date("2025-01-01"), activeDutyStartDate: date("2025-02-01"), activeDutyEndDate: null, isMortgage: false, ratePercent: dec("12") };
 */
export interface ScraInput {
  readonly obligationDate: LocalDate;
  readonly activeDutyStartDate: LocalDate;
  readonly activeDutyEndDate: LocalDate | null;
  readonly isMortgage: boolean;
  readonly ratePercent: Decimal;
}

/**
 * What SCRA does to the loan: protected from `protectedFrom` through `protectedThrough` (null: open),
 * the protection ending on `endsOn` (the day after), and the rate capped from `protectedFrom` at
 * `cappedRatePercent` and restored on `endsOn` to `restoredRatePercent` (both null when the rate was
 * already at or under the cap: nothing to change).
 *
 * @example
 * const plan: ScraPlan = { protectedFrom: date("2025-02-01"), protectedThrough: null, endsOn: null, cappedRatePercent: dec("6"), restoredRatePercent: dec("12") };
 */
export interface ScraPlan {
  readonly protectedFrom: LocalDate;
  readonly protectedThrough: LocalDate | null;
  readonly endsOn: LocalDate | null;
  readonly cappedRatePercent: Decimal | null;
  readonly restoredRatePercent: Decimal | null;
}

/**
 * The last protected day: the last day of service, or for a mortgage one year after it.
 * @see 50 U.S.C. § 3937(a)(1)(A) (mortgages: "during the period of military service and one year thereafter")
 *
 * @example
 * scraProtectedThrough(date("2026-06-30"), true); // 2027-06-30
 */
export function scraProtectedThrough(activeDutyEndDate: LocalDate, isMortgage: boolean): LocalDate {
  return isMortgage ? addMonths(activeDutyEndDate, 12) : activeDutyEndDate;
}

/**
 * The SCRA rule for one period of service, pure: an obligation incurred before active duty is capped at
 * 6 % a year from the start of active duty for the protected period (one year more for a mortgage), and
 * its rate restored the day after. Fails with `scra_obligation_after_service` when the obligation was
 * incurred on or after the start of active duty (the Act does not reach it), and `invalid_date_range`
 * when service ends before it starts.
 * @see 50 U.S.C. § 3937
 *
 * @example
 * planScraProtection({ obligationDate: date("2025-01-01"), activeDutyStartDate: date("2025-02-01"), activeDutyEndDate: date("2025-08-31"), isMortgage: false, ratePercent: dec("12") });
 * // ok: capped at 6 from 2025-02-01, restored to 12 on 2025-09-01
 */
export function planScraProtection(input: ScraInput): Result<ScraPlan> {
  const start = input.activeDutyStartDate;
  if (input.obligationDate >= start) {
    return fail(
      "scra_obligation_after_service",
      `the obligation (${input.obligationDate}) was not incurred before active duty began (${start})`,
      ["activeDutyStartDate"],
    );
  }
  const end = input.activeDutyEndDate;
  if (end !== null && end < start) {
    return fail("invalid_date_range", `activeDutyEndDate ${end} is before activeDutyStartDate ${start}`, [
      "activeDutyEndDate",
    ]);
  }
  const protectedThrough = end === null ? null : scraProtectedThrough(end, input.isMortgage);
  const isAboveCap = compare(input.ratePercent, SCRA_RATE_CAP_PERCENT) > 0;
  return ok({
    protectedFrom: start,
    protectedThrough,
    endsOn: protectedThrough === null ? null : addDays(protectedThrough, 1),
    cappedRatePercent: isAboveCap ? SCRA_RATE_CAP_PERCENT : null,
    restoredRatePercent: isAboveCap ? input.ratePercent : null,
  });
}

/**
 * Starts or ends SCRA protection in a replay. At the start, penalty interest accrued so far is charged
 * (it was owed before); while protected none accrues; at the end it accrues again from that day.
 */
export function applyScraProtection(w: Working, phase: "start" | "end", date: LocalDate): Result<true> {
  if (phase === "start") {
    if (w.status === "charged-off" || w.status === "written-off" || w.status === "settled") {
      return fail("loan_closed", "a charged-off or written-off loan cannot start SCRA protection", ["type"]);
    }
    chargePenaltyInterest(w, date);
    w.isScraProtected = true;
    return ok(true);
  }
  if (w.isScraProtected) {
    w.penaltyAccrual = { ...w.penaltyAccrual, through: maxDate(w.penaltyAccrual.through, date) };
  }
  w.isScraProtected = false;
  return ok(true);
}

/**
 * `scra_protected`: a default action refused while the borrower is protected (the servicer does not
 * treat a protected servicemember's account as in default; foreclosure and repossession need a court order).
 * @see 50 U.S.C. § 3952, § 3953
 *
 * @example if (w.isScraProtected) return scraRefusal("charge-off");
 */
export function scraRefusal(action: string): Result<true> {
  return fail("scra_protected", `the borrower is protected by the SCRA: no ${action} while protected`, ["type"]);
}

/**
 * `scra_protected` when the loan is protected and `ratePercent` is above the cap (a rate change's, or a
 * reschedule's new rate: `path` names the field).
 *
 * @example scraRateRefusal(w, dec("7")) // a failure while protected
 */
export function scraRateRefusal(w: Working, ratePercent: Decimal, path: string[] = ["rate"]): Result<true> | undefined {
  if (!w.isScraProtected || compare(ratePercent, SCRA_RATE_CAP_PERCENT) <= 0) return undefined;
  return fail("scra_protected", "the borrower is protected by the SCRA: the rate may not exceed 6 %", path);
}
