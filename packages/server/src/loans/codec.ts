import { businessCalendar } from "@lendstack/core/calendar";
import { fail, InvariantError, type Result } from "@lendstack/core/errors";
import { type Decimal, dec, formatDecimal } from "@lendstack/core/money";
import { type ScheduleTerms, type ScheduleTermsInput, validateScheduleTerms } from "@lendstack/core/schedule";
import type { LoanEvent, ServicingPolicy } from "@lendstack/core/servicing";
import type { LoanEventRow } from "../db/schema/index.js";

// Loans keep core values (bigint minor units, exact Decimal rates) in jsonb. JSON has neither, so a bigint
// is stored as a decimal string under a key ending in `Minor` (money) or `Units` (core's integer rate
// units), and a Decimal as a decimal string under a key ending in `percent`/`Percent`; decoding reverses
// exactly that. A bigint or Decimal under any other key is a bug (it could not be decoded) and throws.
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

/** The inverse of `encode` for documents whose money and rate fields follow the naming rule. */
function decode(value: unknown, key = ""): unknown {
  if (typeof value === "string" && isIntegerKey(key)) return BigInt(value);
  if (typeof value === "string" && isPercentKey(key)) return dec(value);
  if (Array.isArray(value)) return value.map((item) => decode(item, key));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, field]) => [k, decode(field, k)]));
  }
  return value;
}

/** Due dates of a product that moves them are adjusted on a weekends-only calendar (core's default). */
const weekendsOnly = businessCalendar({ name: "weekends-only", holidays: [] });

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
 * Stored terms back to core's `ScheduleTerms`, validated again.
 *
 * @example
 * const terms = decodeTerms(row.terms);
 */
export function decodeTerms(document: Record<string, unknown>): Result<ScheduleTerms> {
  const { businessDays, ...rest } = document;
  const input = decode(rest) as ScheduleTermsInput;
  if (businessDays === undefined) return validateScheduleTerms(input);
  const { calendar, convention } = businessDays as { calendar: string; convention: string };
  if (calendar !== weekendsOnly.name) {
    return fail("invalid_loan_record", `stored terms name an unknown business calendar ${calendar}`);
  }
  return validateScheduleTerms({
    ...input,
    businessDays: { calendar: weekendsOnly, convention: convention as "following" },
  });
}

/** @example const row = { policy: encodePolicy(policy) }; */
export function encodePolicy(policy: ServicingPolicy): Record<string, unknown> {
  return encode(policy) as Record<string, unknown>;
}

/** @example const policy = decodePolicy(row.policy); */
export function decodePolicy(document: Record<string, unknown>): ServicingPolicy {
  return decode(document) as ServicingPolicy;
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

/**
 * A stored row back to core's event; its `sequence` becomes `postedAt` (the tie-breaker within a day).
 *
 * @example
 * const events = rows.map(rowToEvent);
 */
export function rowToEvent(row: LoanEventRow): LoanEvent {
  const fields = decode(row.payload) as Record<string, unknown>;
  return {
    ...fields,
    id: row.eventId,
    type: row.type,
    effectiveDate: row.effectiveDate,
    postedAt: row.sequence,
  } as unknown as LoanEvent;
}
