import { daysBetween, isEndOfMonth, type LocalDate, toParts } from "../../calendar/index.js";
import { normalizeIncomeToMonthly } from "../../underwriting/index.js";
import type { PayFrequency } from "./fields.js";
import { normalizeLabel } from "./layout.js";

/**
 * The pay frequency a pay period implies (both ends inclusive): the 1st to the 15th or the 16th to the
 * month's end is semi-monthly; 7 days weekly; 14 days biweekly; the 1st to the month's end monthly;
 * anything else undefined (the stub should say).
 *
 * @example inferPayFrequency("2026-03-01", "2026-03-14") // "biweekly"
 */
export function inferPayFrequency(start: LocalDate, end: LocalDate): PayFrequency | undefined {
  const first = toParts(start);
  const last = toParts(end);
  const sameMonth = first.year === last.year && first.month === last.month;
  if (sameMonth && ((first.day === 1 && last.day === 15) || (first.day === 16 && isEndOfMonth(end)))) {
    return "semi-monthly";
  }
  const days = daysBetween(start, end) + 1;
  if (days === 7) return "weekly";
  if (days === 14) return "biweekly";
  if (sameMonth && first.day === 1 && isEndOfMonth(end)) return "monthly";
  return undefined;
}

const NAMES: Readonly<Record<string, PayFrequency>> = {
  weekly: "weekly",
  biweekly: "biweekly",
  "bi weekly": "biweekly",
  "every two weeks": "biweekly",
  "every other week": "biweekly",
  fortnightly: "biweekly",
  "semi monthly": "semi-monthly",
  semimonthly: "semi-monthly",
  "twice monthly": "semi-monthly",
  "twice a month": "semi-monthly",
  monthly: "monthly",
};

/** A frequency as a pay stub names it (`Bi-Weekly`, `Semi-Monthly` …). @example readPayFrequency("BI-WEEKLY") // "biweekly" */
export function readPayFrequency(text: string): PayFrequency | undefined {
  return NAMES[normalizeLabel(text)];
}

/**
 * Monthly income from one period's gross pay, rounded half-up to the cent once: weekly × 52 / 12, biweekly
 * × 26 / 12, semi-monthly × 2, monthly × 1 (core's `normalizeIncomeToMonthly`).
 *
 * @example monthlyIncomeFromPay(192_308n, "biweekly") // 416_667n: 192,308 × 26 / 12 = 416,667.33… → 416,667
 */
export function monthlyIncomeFromPay(grossMinor: bigint, frequency: PayFrequency): bigint | undefined {
  if (grossMinor < 0n) return undefined;
  const monthly = normalizeIncomeToMonthly(grossMinor, frequency, "half-up");
  return monthly.ok ? monthly.value : undefined;
}
