import { fail, InvariantError, ok, type Result } from "../errors/index.js";

declare const routingNumberBrand: unique symbol;

/**
 * A nine-digit ABA routing transit number whose check digit is right.
 *
 * @example const routing = routingNumber("021000021");
 */
export type RoutingNumber = string & { readonly [routingNumberBrand]: true };

const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1] as const;

/**
 * The ABA check digit test: 3, 7 and 1 times the digits in turn, summed, is a multiple of 10.
 *
 * @see ABA Key to Routing Numbers; Federal Reserve Operating Circular 3 (routing numbers)
 * @example hasValidAbaChecksum("021000021") === true
 */
export function hasValidAbaChecksum(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += (digits.charCodeAt(i) - 48) * (weights[i] as number);
  return sum % 10 === 0;
}

/**
 * The check digit (ninth digit) for the first eight digits of a routing number.
 *
 * @example abaCheckDigit("02100002") === 1
 */
export function abaCheckDigit(firstEight: string): number {
  if (!/^\d{8}$/.test(firstEight)) throw new InvariantError(`"${firstEight}" is not eight digits`);
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += (firstEight.charCodeAt(i) - 48) * (weights[i] as number);
  return (10 - (sum % 10)) % 10;
}

/** First two digits the Federal Reserve assigns: 00 (government), 01-12, 21-32 (thrifts), 61-72 (electronic), 80. */
function hasKnownPrefix(digits: string): boolean {
  const prefix = Number(digits.slice(0, 2));
  return prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
}

/**
 * Parses a routing number: exactly nine digits, a Federal Reserve prefix and a right check digit.
 * Errors: `invalid_routing_number` (shape or prefix) and `routing_number_checksum` (check digit).
 *
 * @example parseRoutingNumber("021000021") // ok
 */
export function parseRoutingNumber(text: string, path?: ReadonlyArray<string | number>): Result<RoutingNumber> {
  if (typeof text !== "string" || !/^\d{9}$/.test(text)) {
    return fail("invalid_routing_number", "a routing number is exactly nine digits", path);
  }
  if (!hasKnownPrefix(text) || text === "000000000") {
    return fail("invalid_routing_number", `${text.slice(0, 2)} is not a routing number prefix`, path);
  }
  if (!hasValidAbaChecksum(text)) {
    return fail("routing_number_checksum", `${text} fails the ABA check digit`, path);
  }
  return ok(text as RoutingNumber);
}

/**
 * For constants and tests: a routing number known to be valid (throws otherwise).
 *
 * @example routingNumber("011000015")
 */
export function routingNumber(text: string): RoutingNumber {
  const parsed = parseRoutingNumber(text);
  if (!parsed.ok) throw new InvariantError(parsed.error.message);
  return parsed.value;
}
