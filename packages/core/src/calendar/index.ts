export type { BusinessCalendar, BusinessCalendarOptions, BusinessDayConvention } from "./business-days.js";
export {
  addBusinessDays,
  adjustBusinessDay,
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
