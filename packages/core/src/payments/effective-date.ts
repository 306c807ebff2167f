import { addBusinessDays, type BusinessCalendar, type LocalDate } from "../calendar/index.js";

/**
 * The effective entry date for a file made on `businessDate`: the next business day by the
 * tenant's calendar (`businessDaysAhead` more for later settlement; default 1).
 *
 * @example achEffectiveEntryDate(date("2026-12-04"), usFederalCalendar(2026, 2027)) === "2026-12-07" // Fri -> Mon
 */
export function achEffectiveEntryDate(
  businessDate: LocalDate,
  calendar: BusinessCalendar,
  businessDaysAhead = 1,
): LocalDate {
  return addBusinessDays(businessDate, businessDaysAhead, calendar);
}
