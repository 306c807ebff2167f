import { type LocalDate, parseLocalDate } from "@lendstack/core/calendar";
import { type Decimal, parseDecimal } from "@lendstack/core/money";
import { prepaymentHandlings } from "@lendstack/core/products";
import type {
  DisbursementEvent,
  FeeChargeEvent,
  LoanEvent,
  PaymentReversalEvent,
  RateChangeEvent,
  RescheduleEvent,
} from "@lendstack/core/servicing";
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

function percent(value: unknown): Decimal {
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

type Writable<T> = { -readonly [K in keyof T]: T[K] };
/** What every event has, from its row's columns. */
interface Head {
  readonly id: string;
  readonly effectiveDate: LocalDate;
  readonly postedAt: number;
}

function rateChange(head: Head, fields: Fields): RateChangeEvent {
  const value = fields.rate;
  if (typeof value !== "object" || value === null || Array.isArray(value)) refuse();
  const terms = value as Fields;
  const { id, effectiveDate, postedAt } = head;
  if (terms.kind === "fixed") {
    const rate = { kind: "fixed" as const, annualRatePercent: percent(terms.annualRatePercent) };
    return { id, type: "rate-change", effectiveDate, postedAt, rate };
  }
  if (terms.kind !== "indexed") refuse();
  const rate: Writable<Extract<RateChangeEvent["rate"], { kind: "indexed" }>> = {
    kind: "indexed",
    indexRatePercent: percent(terms.indexRatePercent),
    marginPercent: percent(terms.marginPercent),
  };
  if (terms.floorPercent !== undefined) rate.floorPercent = percent(terms.floorPercent);
  if (terms.capPercent !== undefined) rate.capPercent = percent(terms.capPercent);
  return { id, type: "rate-change", effectiveDate, postedAt, rate };
}

function disbursement(head: Head, fields: Fields): DisbursementEvent {
  const { id, effectiveDate, postedAt } = head;
  const event: Writable<DisbursementEvent> = {
    id,
    type: "disbursement",
    effectiveDate,
    postedAt,
    amountMinor: integer(fields.amountMinor),
  };
  if (fields.deductedFeesMinor !== undefined) event.deductedFeesMinor = integer(fields.deductedFeesMinor);
  if (fields.prepaidFeesMinor !== undefined) event.prepaidFeesMinor = integer(fields.prepaidFeesMinor);
  return event;
}

function reversal(head: Head, fields: Fields): PaymentReversalEvent {
  const { id, effectiveDate, postedAt } = head;
  const transactionId = text(fields.transactionId);
  const event: Writable<PaymentReversalEvent> = {
    id,
    type: "payment-reversal",
    effectiveDate,
    postedAt,
    transactionId,
  };
  if (fields.amountMinor !== undefined) event.amountMinor = integer(fields.amountMinor);
  if (fields.nsf !== undefined) event.nsf = flag(fields.nsf);
  if (fields.nsfFeeMinor !== undefined) event.nsfFeeMinor = integer(fields.nsfFeeMinor);
  return event;
}

function feeCharge(head: Head, fields: Fields): FeeChargeEvent {
  const { id, effectiveDate, postedAt } = head;
  const amountMinor = integer(fields.amountMinor);
  const event: Writable<FeeChargeEvent> = { id, type: "fee-charge", effectiveDate, postedAt, amountMinor };
  if (fields.feeType !== undefined) event.feeType = text(fields.feeType);
  return event;
}

function reschedule(head: Head, fields: Fields): RescheduleEvent {
  const { id, effectiveDate, postedAt } = head;
  const event: Writable<RescheduleEvent> = {
    id,
    type: "reschedule",
    effectiveDate,
    postedAt,
    firstPaymentDate: day(fields.firstPaymentDate),
    numberOfPayments: count(fields.numberOfPayments),
  };
  if (fields.annualRatePercent !== undefined) event.annualRatePercent = percent(fields.annualRatePercent);
  if (fields.installmentMinor !== undefined) event.installmentMinor = integer(fields.installmentMinor);
  if (fields.capitalizeArrears !== undefined) event.capitalizeArrears = flag(fields.capitalizeArrears);
  return event;
}

/** One event type's fields, decoded (objects built whole: a spread clones slowly in V8). */
function decodeEvent(head: Head, type: string, fields: Fields): LoanEvent {
  const { id, effectiveDate, postedAt } = head;
  switch (type) {
    case "payment":
      return fields.prepayment === undefined
        ? { id, type, effectiveDate, postedAt, amountMinor: integer(fields.amountMinor) }
        : {
            id,
            type,
            effectiveDate,
            postedAt,
            amountMinor: integer(fields.amountMinor),
            prepayment: oneOf(fields.prepayment, prepaymentHandlings),
          };
    case "refund":
    case "recovery":
      return { id, type, effectiveDate, postedAt, amountMinor: integer(fields.amountMinor) };
    case "disbursement":
      return disbursement(head, fields);
    case "payment-reversal":
      return reversal(head, fields);
    case "fee-charge":
      return feeCharge(head, fields);
    case "fee-waiver":
      return {
        id,
        type,
        effectiveDate,
        postedAt,
        chargeId: text(fields.chargeId),
        amountMinor: integer(fields.amountMinor),
      };
    case "rate-change":
      return rateChange(head, fields);
    case "payment-holiday": {
      const interest = oneOf(fields.interest, ["capitalize", "defer"]);
      return { id, type, effectiveDate, postedAt, installments: count(fields.installments), interest };
    }
    case "reschedule":
      return reschedule(head, fields);
    case "charge-off":
    case "write-off":
      return { id, type, effectiveDate, postedAt };
    case "scra-protection":
      return { id, type, effectiveDate, postedAt, phase: oneOf(fields.phase, ["start", "end"]) };
    case "settlement": {
      const phase = oneOf(fields.phase, ["start", "end"]);
      return { id, type, effectiveDate, postedAt, phase, settlementId: text(fields.settlementId) };
    }
    case "settlement-forgiveness":
      return { id, type, effectiveDate, postedAt, settlementId: text(fields.settlementId) };
    default:
      return refuse();
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
    const head = { id: text(row.eventId), effectiveDate: day(row.effectiveDate), postedAt: row.sequence };
    return decodeEvent(head, row.type, payload as Fields);
  } catch (error) {
    if (error === refused) return undefined;
    throw error;
  }
}
