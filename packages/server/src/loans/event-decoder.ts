import { type LocalDate, parseLocalDate } from "@lendstack/core/calendar";
import { type Decimal, parseDecimal } from "@lendstack/core/money";
import type { LoanEvent } from "@lendstack/core/servicing";
import type { LoanEventRow } from "../db/schema/index.js";

// A hand-written decoder for stored loan events: the same checks and the same output as
// `storedEventSchema` (a property test proves it on valid and corrupted rows), at a fraction of the
// cost, because every change replays every event of its loan. It only ever accepts what the schema
// accepts; anything it refuses goes to the schema, which names the reason (see `rowToEvent`).

/** Thrown inside the decoder when a field is refused; never escapes `decodeEventRow`. */
const refused = Symbol("refused");
type Fields = Readonly<Record<string, unknown>>;

const integerPattern = /^-?\d{1,40}$/;

function refuse(): never {
  throw refused;
}

function integer(value: unknown): bigint {
  return typeof value === "string" && integerPattern.test(value) ? BigInt(value) : refuse();
}

function rate(value: unknown): Decimal {
  if (typeof value !== "string") refuse();
  const parsed = parseDecimal(value);
  return parsed.ok ? parsed.value : refuse();
}

function day(value: unknown): LocalDate {
  if (typeof value !== "string") refuse();
  const parsed = parseLocalDate(value);
  return parsed.ok ? parsed.value : refuse();
}

function count(value: unknown): number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : refuse();
}

function text(value: unknown): string {
  return typeof value === "string" ? value : refuse();
}

function flag(value: unknown): boolean {
  return typeof value === "boolean" ? value : refuse();
}

function oneOf<const Options extends ReadonlyArray<string>>(value: unknown, options: Options): Options[number] {
  return options.includes(value as string) ? (value as Options[number]) : refuse();
}

/** Copies the optional fields present in `fields` through their decoders onto `into`. */
function optional(
  into: Record<string, unknown>,
  fields: Fields,
  decoders: Record<string, (value: unknown) => unknown>,
) {
  for (const key in decoders) {
    const value = fields[key];
    if (value !== undefined) into[key] = (decoders[key] as (value: unknown) => unknown)(value);
  }
  return into;
}

function rateChange(fields: Fields) {
  const value = fields.rate;
  if (typeof value !== "object" || value === null || Array.isArray(value)) refuse();
  const terms = value as Fields;
  if (terms.kind === "fixed") return { kind: "fixed", annualRatePercent: rate(terms.annualRatePercent) };
  if (terms.kind !== "indexed") refuse();
  const indexed = {
    kind: "indexed",
    indexRatePercent: rate(terms.indexRatePercent),
    marginPercent: rate(terms.marginPercent),
  };
  return optional(indexed, terms, { floorPercent: rate, capPercent: rate });
}

/** Decodes the payload's own fields of one event type onto `into` (no spread: V8 clones slowly). */
function decodePayload(into: Record<string, unknown>, type: string, fields: Fields): void {
  switch (type) {
    case "payment":
    case "refund":
    case "recovery":
      into.amountMinor = integer(fields.amountMinor);
      return;
    case "disbursement":
      into.amountMinor = integer(fields.amountMinor);
      optional(into, fields, { deductedFeesMinor: integer, prepaidFeesMinor: integer });
      return;
    case "payment-reversal":
      into.transactionId = text(fields.transactionId);
      optional(into, fields, { nsf: flag, nsfFeeMinor: integer });
      return;
    case "fee-charge":
      into.amountMinor = integer(fields.amountMinor);
      optional(into, fields, { feeType: text });
      return;
    case "fee-waiver":
      into.chargeId = text(fields.chargeId);
      into.amountMinor = integer(fields.amountMinor);
      return;
    case "rate-change":
      into.rate = rateChange(fields);
      return;
    case "payment-holiday":
      into.installments = count(fields.installments);
      into.interest = oneOf(fields.interest, ["capitalize", "defer"]);
      return;
    case "reschedule":
      into.firstPaymentDate = day(fields.firstPaymentDate);
      into.numberOfPayments = count(fields.numberOfPayments);
      optional(into, fields, { annualRatePercent: rate, installmentMinor: integer, capitalizeArrears: flag });
      return;
    case "charge-off":
    case "write-off":
      return;
    default:
      refuse();
  }
}

/**
 * A stored event row as core's `LoanEvent`, or `undefined` when any field is not what the stored-event
 * schema accepts (the caller then lets the schema name the reason).
 *
 * @example
 * const event = decodeEventRow(row) ?? decodeStored(storedEventSchema, fields, at);
 */
export function decodeEventRow(
  row: Pick<LoanEventRow, "eventId" | "type" | "effectiveDate" | "sequence" | "payload">,
): LoanEvent | undefined {
  const payload: unknown = row.payload;
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return undefined;
  try {
    if (!Number.isSafeInteger(row.sequence)) refuse();
    const event: Record<string, unknown> = {
      id: text(row.eventId),
      type: row.type,
      effectiveDate: day(row.effectiveDate),
      postedAt: row.sequence,
    };
    decodePayload(event, row.type, payload as Fields);
    return event as unknown as LoanEvent;
  } catch (error) {
    if (error === refused) return undefined;
    throw error;
  }
}
