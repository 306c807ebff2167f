import { type LocalDate, parseLocalDate } from "../calendar/index.js";
import type { LoanEvent } from "../servicing/index.js";

// The common history entries (disbursements, payments, fees, reversals) decoded by hand: a book of
// 10,000 loans holds some 150,000 of them and the schema takes ~10x as long. Anything unusual
// (another type, an unknown field, a bad value) returns undefined and goes to `eventSchema`, which
// names the error; for every entry this accepts, the schema gives the same event (a property test).

const integerText = /^-?\d{1,30}$/;
const allowed: Readonly<Record<string, ReadonlySet<string>>> = {
  payment: new Set(["amountMinor"]),
  disbursement: new Set(["amountMinor", "deductedFeesMinor", "prepaidFeesMinor"]),
  "fee-charge": new Set(["amountMinor", "feeType"]),
  "payment-reversal": new Set(["transactionId", "nsf", "nsfFeeMinor"]),
};
const common = new Set(["id", "type", "effectiveDate", "postedAt"]);

function minor(value: unknown): bigint | undefined {
  if (typeof value === "string") return integerText.test(value) ? BigInt(value) : undefined;
  if (typeof value === "bigint") return value;
  return Number.isSafeInteger(value) ? BigInt(value as number) : undefined;
}

function localDate(value: unknown): LocalDate | undefined {
  if (typeof value !== "string") return undefined;
  const parsed = parseLocalDate(value);
  return parsed.ok ? parsed.value : undefined;
}

function fieldsValid(record: Record<string, unknown>, type: string): boolean {
  const own = allowed[type];
  if (own === undefined) return false;
  for (const key in record) if (!common.has(key) && !own.has(key)) return false;
  const { id, postedAt } = record;
  if (typeof id !== "string" || id.length === 0 || id.length > 200) return false;
  return postedAt === undefined || (Number.isSafeInteger(postedAt) && (postedAt as number) >= 0);
}

type Fields = Record<string, unknown>;

function optionalMinor(record: Fields, key: string, out: Fields): boolean {
  if (!(key in record)) return true;
  const value = minor(record[key]);
  if (value === undefined) return false;
  out[key] = value;
  return true;
}

function typeFields(record: Fields, type: string, out: Fields): boolean {
  if (type === "payment-reversal") {
    if (typeof record.transactionId !== "string") return false;
    out.transactionId = record.transactionId;
    if ("nsf" in record) {
      if (typeof record.nsf !== "boolean") return false;
      out.nsf = record.nsf;
    }
    return optionalMinor(record, "nsfFeeMinor", out);
  }
  const amountMinor = minor(record.amountMinor);
  if (amountMinor === undefined) return false;
  out.amountMinor = amountMinor;
  if (type === "fee-charge" && "feeType" in record) {
    if (typeof record.feeType !== "string") return false;
    out.feeType = record.feeType;
  }
  if (type !== "disbursement") return true;
  return optionalMinor(record, "deductedFeesMinor", out) && optionalMinor(record, "prepaidFeesMinor", out);
}

/**
 * A common history entry as core's event, or undefined for the schema to decide.
 *
 * @example decodeCommonEvent({ id: "p1", type: "payment", effectiveDate: "2026-02-01", amountMinor: "84995" })
 */
export function decodeCommonEvent(value: unknown): LoanEvent | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const record = value as Fields;
  const type = record.type;
  if (typeof type !== "string" || !fieldsValid(record, type)) return undefined;
  const effectiveDate = localDate(record.effectiveDate);
  if (effectiveDate === undefined) return undefined;
  const out: Fields = { id: record.id, type, effectiveDate };
  if (record.postedAt !== undefined) out.postedAt = record.postedAt;
  return typeFields(record, type, out) ? (out as unknown as LoanEvent) : undefined;
}
