import { InvariantError } from "@lendstack/core/errors";
import { type Decimal, formatDecimal } from "@lendstack/core/money";
import { type ScheduleTerms, validateScheduleTerms } from "@lendstack/core/schedule";
import { type Loan, type LoanEvent, legacyFlatReschedule, type ServicingPolicy } from "@lendstack/core/servicing";
import { CorruptRecordError, decodeStored } from "../db/corrupt-record.js";
import { cachedDecoder } from "../db/decode-cache.js";
import type { LoanEventRow, LoanRow } from "../db/schema/index.js";
import { decodeEventRow } from "./event-decoder.js";
import { storedEventSchema, storedPolicySchema, storedTermsSchema } from "./stored-schemas.js";

// Loans keep core values (bigint minor units, exact Decimal rates) in jsonb. JSON has neither, so a bigint
// is stored as a decimal string under a key ending in `Minor` (money) or `Units` (core's integer rate
// units), and a Decimal as a decimal string under a key ending in `percent`/`Percent`. A bigint or Decimal
// under any other key is a bug and throws. Reading goes through the stored-form schemas
// (`stored-schemas.ts`), so a row altered outside the API is a `CorruptRecordError`, never a wrong value.
// Nothing passes through a float.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isIntegerKey = (key: string) => /(Minor|Units)$/.test(key);
const isPercentKey = (key: string) => /percent$/i.test(key);

function isDecimal(value: unknown): value is Decimal {
  return typeof value === "object" && value !== null && "units" in value && typeof value.units === "bigint";
}

/** A core value as JSON: bigint and Decimal become strings, `undefined` fields are dropped. */
function encode(value: unknown, key = ""): Json {
  if (typeof value === "bigint") {
    if (!isIntegerKey(key)) throw new InvariantError(`loans codec: bigint under "${key}" would not decode`);
    return value.toString();
  }
  if (isDecimal(value)) {
    if (!isPercentKey(key)) throw new InvariantError(`loans codec: Decimal under "${key}" would not decode`);
    return formatDecimal(value);
  }
  if (Array.isArray(value)) return value.map((item) => encode(item, key));
  if (typeof value === "object" && value !== null) {
    const out: { [key: string]: Json } = {};
    for (const [k, field] of Object.entries(value)) if (field !== undefined) out[k] = encode(field, k);
    return out;
  }
  return value as Json;
}

/**
 * Validated terms as a jsonb document (the business-day calendar is stored by name).
 *
 * @example
 * const row = { terms: encodeTerms(terms) };
 */
export function encodeTerms(terms: ScheduleTerms): Record<string, unknown> {
  const { businessDays, ...rest } = terms;
  const document = encode(rest) as Record<string, unknown>;
  if (businessDays === undefined) return document;
  return { ...document, businessDays: { calendar: businessDays.calendar.name, convention: businessDays.convention } };
}

/**
 * Stored terms back to core's `ScheduleTerms`, checked by their stored-form schema and by core's
 * `validateScheduleTerms` again (they passed both when the loan was boarded).
 *
 * @example
 * const terms = decodeTerms(row.terms, row.id);
 */
export function decodeTerms(document: unknown, loanId: string): ScheduleTerms {
  const at = { table: "loans", id: loanId, column: "terms" };
  const terms = validateScheduleTerms(decodeStored(storedTermsSchema, document, at));
  if (!terms.ok) throw new CorruptRecordError(at, `${terms.error.code}: ${terms.error.message}`);
  return terms.value;
}

/** @example const row = { policy: encodePolicy(policy) }; */
export function encodePolicy(policy: ServicingPolicy): Record<string, unknown> {
  return encode(policy) as Record<string, unknown>;
}

/** Every loan of a product version repeats its policy (about 1 KB of JSON): each distinct one is checked once. */
const decodeStoredPolicy = cachedDecoder(storedPolicySchema, 512);

/**
 * A loan's stored policy, checked by its stored-form schema (checking it cost more than the rest of a close's
 * work on a short loan: an already-checked text is answered from `cachedDecoder`'s cache, frozen).
 *
 * @example const policy = decodePolicy(row.policy, row.id);
 */
export function decodePolicy(document: unknown, loanId: string): ServicingPolicy {
  return decodeStoredPolicy(document, { table: "loans", id: loanId, column: "policy" });
}

/**
 * A loan row's terms and policy as core's `Loan`; throws `CorruptRecordError` when either is corrupt. A flat loan
 * stored without `flatReschedule` (before boarding pinned it) reads as `legacy`, so its history replays as it did.
 *
 * @example
 * const state = replay(decodeLoan(row), eventRows.map(rowToEvent), asOf);
 */
export function decodeLoan(row: Pick<LoanRow, "id" | "terms" | "policy">): Loan {
  const terms = decodeTerms(row.terms, row.id);
  return { terms, policy: legacyFlatReschedule(terms, decodePolicy(row.policy, row.id)) };
}

/**
 * The columns of a new event row: the event's own fields go to `payload`.
 *
 * @example
 * await tx.insert(loanEvents).values({ ...eventColumns(event), tenantId, loanId, sequence, recordedAt, recordedBy });
 */
export function eventColumns(event: LoanEvent) {
  const { id, type, effectiveDate, postedAt: _postedAt, ...fields } = event;
  return {
    eventId: id,
    type,
    effectiveDate,
    payload: encode(fields) as Record<string, unknown>,
    reversesEventId: event.type === "payment-reversal" ? event.transactionId : null,
  };
}

/** The columns of a stored event row that core's event is decoded from. */
export type StoredEventColumns = Pick<
  LoanEventRow,
  "loanId" | "eventId" | "type" | "effectiveDate" | "sequence" | "payload"
>;

/**
 * A stored row back to core's event: its payload's fields with the row's id, type, date and sequence (the
 * sequence becomes `postedAt`, the tie-breaker within a day). Throws `CorruptRecordError` when the row
 * does not decode. The hand-written decoder takes every row it can; the schema (the same rules, proven
 * equal by a property test) sees only the rows it refuses and names the reason.
 *
 * @example
 * const events = rows.map(rowToEvent);
 */
export function rowToEvent(row: StoredEventColumns): LoanEvent {
  const fast = decodeEventRow(row);
  if (fast !== undefined) return fast;
  const fields = {
    ...row.payload,
    id: row.eventId,
    type: row.type,
    effectiveDate: row.effectiveDate,
    postedAt: row.sequence,
  };
  return decodeStored(storedEventSchema, fields, {
    table: "loan_events",
    id: `${row.loanId}/${row.eventId}`,
    column: "payload",
  });
}
