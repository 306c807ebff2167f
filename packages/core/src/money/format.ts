import { InvariantError } from "../errors/index.js";
import { getCurrency } from "./currency.js";
import { decimal, formatDecimal } from "./decimal.js";

function exponentOf(currency: string): number {
  const found = getCurrency(currency);
  if (!found.ok) throw new InvariantError(found.error.message);
  return found.value.exponent;
}

/**
 * Minor units as an exact decimal string in major units, with exactly the currency's decimals.
 *
 * @example minorToDecimalString(125000n, "USD") === "1250.00"; minorToDecimalString(1250n, "KWD") === "1.250"
 */
export function minorToDecimalString(amountMinor: bigint, currency: string): string {
  return formatDecimal(decimal(amountMinor, exponentOf(currency)));
}

/**
 * Formats money for people with `Intl.NumberFormat`. The amount is passed as an exact decimal
 * string (ECMA-402 Intl.NumberFormat v3 formats strings without converting them to a float), so
 * amounts beyond 2^53 minor units keep every digit. An unknown currency throws an InvariantError.
 *
 * @see https://tc39.es/ecma402/#sec-number-format-functions (ToIntlMathematicalValue)
 * @example formatMoney(125000n, "USD") === "$1,250.00"; formatMoney(1250n, "JPY") === "¥1,250"
 */
export function formatMoney(amountMinor: bigint, currency: string, locale = "en-US"): string {
  const exponent = exponentOf(currency);
  const formatter = new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  const text = formatDecimal(decimal(amountMinor, exponent));
  return formatter.format(text as Intl.StringNumericLiteral);
}
