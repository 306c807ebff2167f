import {
  type Dinero,
  dinero,
  add as dineroAdd,
  compare as dineroCompare,
  isZero as dineroIsZero,
  subtract as dineroSubtract,
  toSnapshot,
} from "dinero.js/bigint";
import { InvariantError } from "../errors/index.js";
import { dineroCurrencyOf } from "./currency.js";
import { type Decimal, pow10 } from "./decimal.js";
import { divideRounded, type RoundingMode } from "./rounding.js";

/**
 * An exact amount of one currency: a dinero.js v2 value on the bigint calculator, always at the
 * currency's own scale (2 for USD, 0 for JPY, 3 for KWD).
 *
 * @example const price: Money = money(125000n, "USD"); // $1,250.00
 */
export type Money = Dinero<bigint>;

/**
 * Money from an integer count of minor units. An unknown currency code is a bug here (input is
 * validated by `parseMoneyInput` first) and throws an InvariantError.
 *
 * @example money(125000n, "USD") // $1,250.00; money(1250n, "JPY") // ¥1,250; money(1250n, "KWD") // KWD 1.250
 */
export function money(amountMinor: bigint, currency: string): Money {
  if (typeof amountMinor !== "bigint") throw new InvariantError("money amounts are bigint minor units");
  const iso = dineroCurrencyOf(currency);
  if (iso === undefined) throw new InvariantError(`"${currency}" is not a supported ISO 4217 currency code`);
  return dinero({ amount: amountMinor, currency: iso, scale: iso.exponent });
}

/**
 * The amount in minor units of its currency.
 *
 * @example toMinor(money(125000n, "USD")) === 125000n
 */
export function toMinor(m: Money): bigint {
  const { amount, scale, currency } = toSnapshot(m);
  if (scale !== currency.exponent) throw new InvariantError(`money at scale ${scale}, not ${currency.exponent}`);
  return amount;
}

/** @example currencyOf(money(1n, "EUR")) === "EUR" */
export function currencyOf(m: Money): string {
  return toSnapshot(m).currency.code;
}

function assertSameCurrency(a: Money, b: Money): void {
  const left = currencyOf(a);
  const right = currencyOf(b);
  if (left !== right) throw new InvariantError(`currency mismatch: ${left} and ${right}`);
}

/** Exact sum; mixing currencies is a bug (InvariantError). @example toMinor(addMoney(money(1n, "USD"), money(2n, "USD"))) === 3n */
export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return dineroAdd(a, b);
}

/** Exact difference; mixing currencies is a bug. @example toMinor(subtractMoney(money(1n, "USD"), money(2n, "USD"))) === -1n */
export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return dineroSubtract(a, b);
}

/** @example isZeroMoney(money(0n, "JPY")) === true */
export function isZeroMoney(m: Money): boolean {
  return dineroIsZero(m);
}

/** -1, 0 or 1; mixing currencies is a bug. @example compareMoney(money(1n, "USD"), money(2n, "USD")) === -1 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  assertSameCurrency(a, b);
  const order = Number(dineroCompare(a, b));
  return order < 0 ? -1 : order > 0 ? 1 : 0;
}

/**
 * `amountMinor × rate`, computed exactly and rounded ONCE to a whole minor unit by `mode`.
 * `rate` is a plain ratio, not a percentage: 7.25 % is `dec("0.0725")`.
 *
 * @example multiplyByRate(100_000n, dec("0.0725"), "half-even") === 7250n
 */
export function multiplyByRate(amountMinor: bigint, rate: Decimal, mode: RoundingMode): bigint {
  return divideRounded(amountMinor * rate.units, pow10(rate.scale), mode);
}
