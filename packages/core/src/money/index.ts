/**
 * @module money
 * Exact money. bigint minor units with a named `RoundingMode` in hot loops; exact `Decimal`s for
 * rates; dinero.js where money crosses a boundary (ISO 4217 currency data, `Money`, formatting,
 * allocation). See packages/core/README.md for the split and the benchmark behind it.
 */
export { allocate } from "./allocate.js";
export type { Currency } from "./currency.js";
export { currencyCodes, getCurrency, isCurrencyCode } from "./currency.js";
export type { Decimal } from "./decimal.js";
export {
  abs,
  add,
  compare,
  dec,
  decimal,
  divide,
  formatDecimal,
  fromInteger,
  isNegative,
  isZero,
  maxDecimal,
  maxDecimalDigits,
  minDecimal,
  multiply,
  negate,
  normalize,
  ONE,
  parseDecimal,
  pow10,
  power,
  round,
  subtract,
  toApproximateNumber,
  toInteger,
  withScale,
  ZERO,
} from "./decimal.js";
export { formatMoney, minorToDecimalString } from "./format.js";
export { isAmountInRange, maxAmount, maxAmountMinor } from "./limits.js";
export type { Money } from "./money.js";
export {
  addMoney,
  compareMoney,
  currencyOf,
  isZeroMoney,
  money,
  multiplyByRate,
  subtractMoney,
  toMinor,
} from "./money.js";
export type { MoneyInput, MoneyInputOptions, RateOptions } from "./parse.js";
export { maxAmountDigits, parseMoneyInput, parseRate, percentToRatio } from "./parse.js";
export type { RatioRounding, RoundingMode } from "./rounding.js";
export { divideRounded, roundingModes } from "./rounding.js";
