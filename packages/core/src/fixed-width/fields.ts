import { InvariantError } from "../errors/index.js";

const printableAscii = /^[\x20-\x7e]*$/;

/**
 * Folds text to the printable ASCII that fixed-width banking formats accept: accents are dropped
 * ("José" -> "Jose"), anything else outside 0x20-0x7E becomes a space, and letters are upper-cased.
 *
 * @example toRecordText("José Núñez") === "JOSE NUNEZ"
 */
export function toRecordText(text: string): string {
  if (printableAscii.test(text)) return text.toUpperCase(); // the common case: no folding to do
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
  return value.length >= length ? value.slice(0, length) : value.padEnd(length, " ");
}

/**
 * A numeric field: digits, right-justified, zero-filled. A value that does not fit, or is negative,
 * is a bug in the caller (inputs are validated before records are written): InvariantError.
 *
 * @example numeric(12345n, 10) === "0000012345"
 */
export function numeric(value: bigint | number, length: number): string {
  const isWhole = typeof value === "bigint" ? value >= 0n : Number.isSafeInteger(value) && value >= 0;
  if (!isWhole) throw new InvariantError(`numeric field holds ${String(value)}`);
  const text = value.toString();
  if (text.length > length) throw new InvariantError(`${text} does not fit ${length} digits`);
  return text.length === length ? text : text.padStart(length, "0");
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
