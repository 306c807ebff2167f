import type { DineroCurrency } from "dinero.js/bigint";
import * as iso4217 from "dinero.js/bigint/currencies";
import { fail, ok, type Result } from "../errors/index.js";

/**
 * An ISO 4217 currency and the number of decimals of its minor unit.
 *
 * @example getCurrency("KWD") // ok({ code: "KWD", exponent: 3 })
 */
export interface Currency {
  readonly code: string;
  readonly exponent: number;
}

/**
 * The ISO 4217 list as dinero.js ships it, on the bigint calculator. dinero.js models the ariary
 * (MGA) and the ouguiya (MRU) in base 5 (one khoums is a fifth); amounts on the wire are integers of
 * a decimal minor unit, so those two take ISO 4217's published two minor-unit digits instead.
 */
const dineroCurrencies = new Map<string, DineroCurrency<bigint>>(
  Object.values(iso4217).map((currency): [string, DineroCurrency<bigint>] => [
    currency.code,
    currency.base === 10n ? currency : Object.freeze({ code: currency.code, base: 10n, exponent: 2n }),
  ]),
);

const currencies = new Map<string, Currency>(
  [...dineroCurrencies.values()].map(({ code, exponent }) => [
    code,
    Object.freeze({ code, exponent: Number(exponent) }),
  ]),
);

/** Every supported ISO 4217 code, sorted. @example currencyCodes.includes("USD") === true */
export const currencyCodes: ReadonlyArray<string> = [...currencies.keys()].sort();

/**
 * Looks up an ISO 4217 code (upper case, three letters). Unknown codes fail with `unknown_currency`.
 *
 * @example getCurrency("JPY") // ok({ code: "JPY", exponent: 0 })
 */
export function getCurrency(code: string, path?: ReadonlyArray<string | number>): Result<Currency> {
  const currency = typeof code === "string" ? currencies.get(code) : undefined;
  if (!currency)
    return fail("unknown_currency", `"${String(code).slice(0, 10)}" is not a supported ISO 4217 currency code`, path);
  return ok(currency);
}

/** @example isCurrencyCode("USD") === true */
export function isCurrencyCode(code: string): boolean {
  return currencies.has(code);
}

/**
 * The dinero.js currency object of a code (decimal base), or undefined for an unknown code.
 *
 * @example dineroCurrencyOf("USD") // { code: "USD", base: 10n, exponent: 2n }
 */
export function dineroCurrencyOf(code: string): DineroCurrency<bigint> | undefined {
  return dineroCurrencies.get(code);
}
