import { fail, ok, type Result } from "../../errors/index.js";

const AMOUNT = /^(?<integer>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<fraction>\d{1,2}))?$/;
const MAX_INTEGER_DIGITS = 13;

/** Strips one sign marker from `text` by `pattern`; counts it in `marks`. */
function strip(text: string, pattern: RegExp, marks: { count: number }, negates: boolean): string {
  const match = pattern.exec(text);
  if (match === null) return text;
  if (negates) marks.count += 1;
  return (match.groups?.inner ?? "").trim();
}

/**
 * An amount as a document prints it, parsed exactly into integer minor units (cents) with no float on the
 * way: `"$4,166.67"` → 416_667n. Accepted: an optional `$` or `USD`, thousands separated by commas in groups
 * of three (or none), no decimals or one or two (`"12.5"` is 1_250n), a negative as `-12.50`, `$-12.50`,
 * `-$12.50`, `(12.50)` or `12.50-` (bank statements' trailing minus), one of them at most. Anything else
 * (three decimals, a misplaced comma, letters, an empty string, more than 13 integer digits) is
 * `invalid_money_text`.
 *
 * @example parseMoneyText("(1,012.50)") // ok(-101_250n)
 */
export function parseMoneyText(text: string): Result<bigint> {
  const negatives = { count: 0 };
  let rest = text.trim();
  rest = strip(rest, /^\((?<inner>.*)\)$/s, negatives, true);
  rest = strip(rest, /^(?<inner>.*)-$/s, negatives, true);
  rest = strip(rest, /^-(?<inner>.*)$/s, negatives, true);
  rest = strip(rest, /^\+(?<inner>.*)$/s, negatives, false);
  rest = strip(rest, /^(?:USD|\$)(?<inner>.*)$/is, negatives, false);
  rest = strip(rest, /^-(?<inner>.*)$/s, negatives, true);
  const match = AMOUNT.exec(rest);
  const integer = match?.groups?.integer?.replaceAll(",", "");
  if (negatives.count > 1 || integer === undefined || integer.length > MAX_INTEGER_DIGITS) {
    return fail("invalid_money_text", `"${text.slice(0, 40)}" is not an amount such as $4,166.67`);
  }
  const fraction = (match?.groups?.fraction ?? "").padEnd(2, "0");
  const magnitude = BigInt(integer) * 100n + BigInt(fraction);
  return ok(negatives.count === 1 && magnitude !== 0n ? -magnitude : magnitude);
}

/** The amount a text holds when it is one, else undefined. @example moneyIn("Net Pay") // undefined */
export function moneyIn(text: string): bigint | undefined {
  const parsed = parseMoneyText(text);
  return parsed.ok ? parsed.value : undefined;
}
