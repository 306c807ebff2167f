/**
 * @module schedule
 * Amortization schedules: equal installments, equal principal, flat, interest-only and balloon;
 * grace periods, odd first periods, every frequency from weekly to yearly, due dates with
 * business-day adjustment, last-installment rounding.
 */
export type { Schedule, ScheduleOutline, ScheduleRow } from "./build-schedule.js";
export {
  buildSchedule,
  regularPaymentMinor,
  remainingTerms,
  scheduleOutline,
} from "./build-schedule.js";
export type { DownPayment, DownPaymentInput } from "./down-payment.js";
export type { DayPoint, PeriodsPerYear } from "./due-dates.js";
export { dueDates, periodsPerYear, periodsPerYearRatio, unadjustedDueDate } from "./due-dates.js";
export { levelPaymentFraction, roundToMultiple } from "./level-payment.js";
export type {
  Amortization,
  BrokenPeriodInterest,
  BusinessDayAdjustment,
  CalendarFrequency,
  Frequency,
  InstallmentRounding,
  InterestCalculation,
  InterestMethod,
  ScheduleTerms,
  ScheduleTermsInput,
} from "./terms.js";
export {
  frequencyIntervalDays,
  isFrequency,
  maxAnnualRatePercent,
  maxIntervalDays,
  maxIntervalWeeks,
  maxNumberOfPayments,
  maxRateDecimals,
  validateScheduleTerms,
} from "./terms.js";
