import { adjustBusinessDay, type LocalDate, parseLocalDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import { type Decimal, normalize, parseDecimal } from "../money/index.js";
import type { BusinessDayAdjustment } from "./term-options.js";

// Field checks of `validateScheduleTerms` (terms.ts).

/** Most decimals accepted in an annual rate. */
export const maxRateDecimals = 10;
/** Highest annual rate accepted, in percent. */
export const maxAnnualRatePercent = 1000n;

export function toMinor(value: bigint | number | undefined): bigint | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "bigint") return value;
  return Number.isSafeInteger(value) ? BigInt(value) : undefined;
}

export function parseRate(value: string | Decimal): Result<Decimal> {
  const path = ["annualRatePercent"];
  const parsed = typeof value === "string" ? parseDecimal(value, path) : ok(value);
  if (!parsed.ok) return fail("invalid_rate", parsed.error.message, path);
  const rate = normalize(parsed.value);
  if (rate.units < 0n) return fail("invalid_rate", "the annual rate cannot be negative", path);
  if (rate.scale > maxRateDecimals) {
    return fail("invalid_rate", `the annual rate has more than ${maxRateDecimals} decimals`, path);
  }
  if (rate.units > maxAnnualRatePercent * 10n ** BigInt(rate.scale)) {
    return fail("invalid_rate", `the annual rate is above ${maxAnnualRatePercent}%`, path);
  }
  return ok(rate);
}

export function checkCount(value: number | undefined, name: string, max: number): Result<number> {
  const count = value ?? 0;
  if (!Number.isSafeInteger(count) || count < 0 || count > max) {
    return fail("invalid_term", `${name} must be a whole number from 0 to ${max}`, [name]);
  }
  return ok(count);
}

/**
 * The disbursement and first payment dates, the first after the disbursement even once moved to a business day (a
 * "preceding" move can cross it, which would give the first period a negative number of days).
 */
export function checkDates(input: {
  readonly disbursementDate: string;
  readonly firstPaymentDate: string;
  readonly businessDays?: BusinessDayAdjustment;
}): Result<{ disbursed: LocalDate; first: LocalDate }> {
  const disbursed = parseLocalDate(input.disbursementDate, ["disbursementDate"]);
  if (!disbursed.ok) return disbursed;
  const first = parseLocalDate(input.firstPaymentDate, ["firstPaymentDate"]);
  if (!first.ok) return first;
  if (first.value <= disbursed.value) {
    return fail("first_payment_before_disbursement", "the first payment must fall after the disbursement date", [
      "firstPaymentDate",
    ]);
  }
  if (input.businessDays !== undefined) {
    const moved = adjustBusinessDay(first.value, input.businessDays.convention, input.businessDays.calendar);
    if (moved <= disbursed.value) {
      return fail(
        "first_payment_before_disbursement",
        `the first payment, moved to the business day ${moved}, must fall after the disbursement date`,
        ["firstPaymentDate"],
      );
    }
  }
  return ok({ disbursed: disbursed.value, first: first.value });
}
