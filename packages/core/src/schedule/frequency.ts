// Installment frequencies: the calendar ones and fixed intervals of N days or weeks (issue 13).

const calendarFrequencies: ReadonlyArray<CalendarFrequency> = [
  "weekly",
  "biweekly",
  "semi-monthly",
  "monthly",
  "quarterly",
  "yearly",
];

/** The named calendar frequencies. Semi-monthly is two due dates a month, 15 days apart (see `dueDates`). */
export type CalendarFrequency = "weekly" | "biweekly" | "semi-monthly" | "monthly" | "quarterly" | "yearly";

/**
 * How often installments fall due: a calendar frequency, or a fixed interval of N days (`every-14-days`,
 * `every-15-days`, `every-28-days`; N from 1 to 366) or N weeks (`every-3-weeks`; N from 1 to 52).
 */
export type Frequency = CalendarFrequency | `every-${number}-days` | `every-${number}-weeks`;

/** Most days in an `every-N-days` frequency. */
export const maxIntervalDays = 366;
/** Most weeks in an `every-N-weeks` frequency. */
export const maxIntervalWeeks = 52;

const intervalPattern = /^every-([1-9][0-9]{0,2})-(days|weeks)$/;

/**
 * A fixed-interval frequency as its step in days, or undefined for a calendar frequency (or an invalid one).
 *
 * @example frequencyIntervalDays("every-28-days") === 28; frequencyIntervalDays("every-3-weeks") === 21
 */
export function frequencyIntervalDays(frequency: string): number | undefined {
  const match = intervalPattern.exec(frequency);
  if (match === null) return undefined;
  const count = Number(match[1]);
  if (match[2] === "days") return count <= maxIntervalDays ? count : undefined;
  return count <= maxIntervalWeeks ? count * 7 : undefined;
}

/** @example isFrequency("every-14-days") === true; isFrequency("every-0-days") === false */
export function isFrequency(value: unknown): value is Frequency {
  if (typeof value !== "string") return false;
  return (calendarFrequencies as ReadonlyArray<string>).includes(value) || frequencyIntervalDays(value) !== undefined;
}
