import { fail, ok, type Result } from "../errors/index.js";
import { getCurrency } from "./currency.js";
import { compare, type Decimal, decimal, formatDecimal, parseDecimal, ZERO } from "./decimal.js";
import { isAmountInRange, maxAmountMinor } from "./limits.js";

type Path = ReadonlyArray<string | number>;

/**
 * A validated money input: an integer count of minor units and an ISO 4217 code.
 *
 * @example const input: MoneyInput = { amountMinor: 125000n, currency: "USD" }; // $1,250.00
 */
export interface MoneyInput {
  readonly amountMinor: bigint;
  readonly currency: string;
}

/** What `parseMoneyInput` accepts. Both default to `false`. @example const options: MoneyInputOptions = { allowZero: true }; */
export interface MoneyInputOptions {
  readonly allowNegative?: boolean;
  readonly allowZero?: boolean;
}

/** Longest integer string accepted for an amount; protects against absurd inputs. @example maxAmountDigits === 30 */
export const maxAmountDigits = 30;

const integerPattern = /^-?\d+$/;

function outOfRange(path: Path): Result<never> {
  return fail("amount_out_of_range", `amount must be at most ${maxAmountMinor} minor units`, path, {
    max: String(maxAmountMinor),
  });
}

function inRange(amount: bigint, path: Path): Result<bigint> {
  return isAmountInRange(amount) ? ok(amount) : outOfRange(path);
}

function parseAmount(amount: unknown, path: Path): Result<bigint> {
  if (typeof amount === "bigint") return inRange(amount, path);
  if (typeof amount === "number") {
    if (Number.isNaN(amount)) return fail("invalid_amount", "amount must be a finite number of minor units", path);
    if (!Number.isFinite(amount)) return outOfRange(path);
    if (!Number.isInteger(amount)) {
      return fail("invalid_amount", `amount ${amount} is not a whole number of minor units (e.g. cents)`, path);
    }
    if (!Number.isSafeInteger(amount)) return outOfRange(path);
    return inRange(BigInt(amount), path);
  }
  if (typeof amount === "string") {
    if (!integerPattern.test(amount)) {
      return fail("invalid_amount", `"${amount.slice(0, 40)}" is not an integer count of minor units`, path);
    }
    if (amount.replace("-", "").length > maxAmountDigits) {
      return fail("invalid_amount", `amount has more than ${maxAmountDigits} digits`, path);
    }
    return inRange(BigInt(amount), path);
  }
  return fail("invalid_amount", "amount must be an integer count of minor units (number or integer string)", path);
}

/**
 * Parses the API's money object `{ amount, currency }`, where `amount` is an integer count of the
 * currency's minor units (a JS number, a bigint or an integer string: `125000` is $1,250.00).
 * Error codes: `invalid_money` (not an object), `invalid_amount` (fraction of a minor unit,
 * exponent notation, NaN/Infinity, non-integer string), `amount_out_of_range` (beyond ±`maxAmountMinor`,
 * 10^13 minor units), `negative_amount`, `zero_amount`, `unknown_currency`.
 *
 * @example parseMoneyInput({ amount: 125000, currency: "USD" }) // ok({ amountMinor: 125000n, currency: "USD" })
 */
export function parseMoneyInput(input: unknown, options: MoneyInputOptions = {}, path: Path = []): Result<MoneyInput> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return fail("invalid_money", "money must be an object { amount, currency }", path);
  }
  const { amount, currency } = input as { amount?: unknown; currency?: unknown };
  const amountPath = [...path, "amount"];
  const parsed = parseAmount(amount, amountPath);
  if (!parsed.ok) return parsed;
  const amountMinor = parsed.value;
  if (amountMinor < 0n && options.allowNegative !== true) {
    return fail("negative_amount", "amount must not be negative", amountPath);
  }
  if (amountMinor === 0n && options.allowZero !== true)
    return fail("zero_amount", "amount must not be zero", amountPath);
  if (typeof currency !== "string") {
    return fail("unknown_currency", "currency must be an ISO 4217 code such as USD", [...path, "currency"]);
  }
  const found = getCurrency(currency, [...path, "currency"]);
  if (!found.ok) return found;
  return ok({ amountMinor: amountMinor === 0n ? 0n : amountMinor, currency });
}

/** Options of `parseRate`. @example const options: RateOptions = { maxDecimals: 4, max: dec("36") }; */
export interface RateOptions {
  /** Most decimals allowed; default 10. */
  readonly maxDecimals?: number;
  /** Smallest allowed rate, inclusive; default 0 (negative rates are refused). */
  readonly min?: Decimal;
  /** Largest allowed rate, inclusive; default none. */
  readonly max?: Decimal;
}

/**
 * Parses a rate given as a decimal-string percentage (`"7.25"` is 7.25 % a year) into an exact
 * Decimal holding the same percentage (use `percentToRatio` for 0.0725). Error codes:
 * `invalid_rate` (not a plain decimal such as "7.25", or more than `maxDecimals` decimals) and
 * `rate_out_of_range` (outside `min`..`max`, inclusive).
 *
 * @example parseRate("7.25") // ok({ units: 725n, scale: 2 })
 */
export function parseRate(text: string, options: RateOptions = {}, path: Path = []): Result<Decimal> {
  const maxDecimals = options.maxDecimals ?? 10;
  const parsed = typeof text === "string" ? parseDecimal(text) : undefined;
  if (!parsed?.ok) {
    return fail("invalid_rate", `"${String(text).slice(0, 40)}" is not a decimal percentage like "7.25"`, path);
  }
  const rate = parsed.value;
  if (rate.scale > maxDecimals) return fail("invalid_rate", `rate has more than ${maxDecimals} decimals`, path);
  const min = options.min ?? ZERO;
  const max = options.max;
  if (compare(rate, min) < 0 || (max !== undefined && compare(rate, max) > 0)) {
    const range = `${formatDecimal(min)}..${max === undefined ? "" : formatDecimal(max)}`;
    return fail("rate_out_of_range", `rate ${text} is outside ${range}`, path, {
      min: formatDecimal(min),
      ...(max === undefined ? {} : { max: formatDecimal(max) }),
    });
  }
  return ok(rate);
}

/**
 * A percentage as a plain ratio, exactly (the decimal point moves two places).
 *
 * @example percentToRatio(dec("7.25")) // 0.0725 as { units: 725n, scale: 4 }
 */
export function percentToRatio(percent: Decimal): Decimal {
  return decimal(percent.units, percent.scale + 2);
}
