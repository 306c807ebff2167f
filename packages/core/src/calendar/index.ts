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
  isLeapYear,
  isoWeekday,
  maxDate,
  minDate,
  parseLocalDate,
  toEpochDay,
  toParts,
  wholeMonthsBetween,
} from "./local-date.js";
