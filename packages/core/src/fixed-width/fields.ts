import { InvariantError } from "../errors/index.js";

/**
 * Folds text to the printable ASCII that fixed-width banking formats accept: accents are dropped
 * ("José" -> "Jose"), anything else outside 0x20-0x7E becomes a space, and letters are upper-cased.
 *
 * @example toRecordText("José Núñez") === "JOSE NUNEZ"
 */
export function toRecordText(text: string): string {
  let folded = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  folded = folded.replace(/[^\x20-\x7e]/g, " ");
  return folded.toUpperCase();
}

/**
 * An alphanumeric field: record text, left-justified, blank-filled, cut to `length`.
 *
 * @example alphanumeric("Acme Lending", 16) === "ACME LENDING    "
 */
export function alphanumeric(text: string, length: number): string {
  const value = toRecordText(text);
  return value.length >= length ? value.slice(0, length) : value + " ".repeat(length - value.length);
}

/**
 * A numeric field: digits, right-justified, zero-filled. A value that does not fit, or is negative,
 * is a bug in the caller (inputs are validated before records are written): InvariantError.
 *
 * @example numeric(12345n, 10) === "0000012345"
 */
export function numeric(value: bigint | number, length: number): string {
  const text = typeof value === "bigint" ? value.toString() : String(value);
  if (!/^\d+$/.test(text)) throw new InvariantError(`numeric field holds ${text}`);
  if (text.length > length) throw new InvariantError(`${text} does not fit ${length} digits`);
  return text.length === length ? text : "0".repeat(length - text.length) + text;
}

/**
 * Asserts a finished record has its format's length (a bug otherwise).
 *
 * @example checkLength("1".repeat(94), 94)
 */
export function checkLength(record: string, length: number): string {
  if (record.length !== length) throw new InvariantError(`record is ${record.length} characters, not ${length}`);
  return record;
}
