import { toDecimal } from "dinero.js/bigint";
import { money } from "./money.js";

/**
 * Minor units as an exact decimal string in major units, with exactly the currency's decimals
 * (dinero.js `toDecimal`). An unknown currency throws an InvariantError.
 *
 * @example minorToDecimalString(125000n, "USD") === "1250.00"; minorToDecimalString(1250n, "KWD") === "1.250"
 */
export function minorToDecimalString(amountMinor: bigint, currency: string): string {
  return toDecimal(money(amountMinor, currency));
}

/**
 * Formats money for people: dinero.js gives the exact decimal string, `Intl.NumberFormat` the
 * locale's symbol and grouping. The string is passed as is (ECMA-402 Intl.NumberFormat v3 formats
 * strings without converting them to a float), so amounts beyond 2^53 minor units keep every digit.
 * An unknown currency throws an InvariantError.
 *
 * @see https://tc39.es/ecma402/#sec-number-format-functions (ToIntlMathematicalValue)
 * @example formatMoney(125000n, "USD") === "$1,250.00"; formatMoney(1250n, "JPY") === "¥1,250"
 */
export function formatMoney(amountMinor: bigint, currency: string, locale = "en-US"): string {
  return toDecimal(money(amountMinor, currency), ({ value, currency: { code, exponent } }) =>
    new Intl.NumberFormat(locale, {
      style: "currency",
      currency: code,
      minimumFractionDigits: Number(exponent),
      maximumFractionDigits: Number(exponent),
    }).format(value as Intl.StringNumericLiteral),
  );
}
