/**
 * @module calendar
 * Local dates with no time zone (`LocalDate`, `YYYY-MM-DD`), the integer civil-date formulas
 * (`civil.ts`: epoch days, month lengths, month shifts), day-count conventions (Actual/Actual ISDA,
 * Actual/365F, Actual/360, 30/360 US and European) and business-day calendars with their
 * adjustment rules. No `Date` in the math.
 */
export type { BusinessCalendar, BusinessCalendarOptions, BusinessDayConvention } from "./business-days.js";
export {
  addBusinessDays,
  adjustBusinessDay,
  adjustBusinessEpochDay,
  businessCalendar,
  businessDayConventions,
  isWeekend,
} from "./business-days.js";
export { isLeapYear } from "./civil.js";
export type { DayCountConvention, YearFraction } from "./day-count.js";
export { dayCountConventions, dayCountDays, isDayCountConvention, yearFraction } from "./day-count.js";
export type { DateParts, EpochDay, LocalDate } from "./local-date.js";
export {
  addDays,
  addMonths,
  date,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  fromParts,
  isEndOfMonth,
  isoWeekday,
  maxDate,
  minDate,
  parseLocalDate,
  toEpochDay,
  toParts,
  wholeMonthsBetween,
} from "./local-date.js";
export { firstUsFederalHolidayYear, usFederalCalendar, usFederalHolidays } from "./us-federal-holidays.js";
