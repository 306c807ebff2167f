/**
 * Event decoding: what reading a loan's stored events costs every change (each replays all of them).
 * The hand-written decoder (`rowToEvent`) beside the stored-event zod schema it is proven equal to,
 * per event and on a 220-event loan's whole load-and-replay path.
 */
import { addMonths, date } from "../packages/core/src/calendar/index.js";
import { unwrap } from "../packages/core/src/errors/index.js";
import { decimal } from "../packages/core/src/money/index.js";
import { defaultDelinquencyBuckets } from "../packages/core/src/products/index.js";
import { validateScheduleTerms } from "../packages/core/src/schedule/index.js";
import { type LoanEvent, replay, type ServicingPolicy } from "../packages/core/src/servicing/index.js";
import { decodeStored } from "../packages/server/src/db/corrupt-record.js";
import type { LoanEventRow } from "../packages/server/src/db/schema/index.js";
import { eventColumns, rowToEvent } from "../packages/server/src/loans/codec.js";
import { storedEventSchema } from "../packages/server/src/loans/stored-schemas.js";
import { microsecondsPerCall, type Suite, timeResult } from "./harness.js";

const EVENTS = 220;
const terms = unwrap(
  validateScheduleTerms({
    currency: "USD",
    principalMinor: 20_000_000n,
    annualRatePercent: "6",
    disbursementDate: "2026-01-01",
    firstPaymentDate: "2026-02-01",
    numberOfPayments: 360,
    frequency: "monthly",
    interestMethod: "declining-balance",
    amortization: "equal-installments",
    interestCalculation: "periodic",
    dayCount: "30/360-us",
    rounding: { installmentMultipleMinor: 1n, mode: "half-up", interestMode: "half-up" },
  }),
);
const policy: ServicingPolicy = {
  waterfall: ["penalties", "fees", "interest", "principal"],
  allocation: "vertical",
  overpayment: "apply-to-principal",
  prepayment: "reduce-term",
  lateFee: { rule: { type: "flat", amountMinor: 2_500n }, graceDays: 15 },
  delinquencyBuckets: defaultDelinquencyBuckets,
  nonPerformingAfterDays: 90,
  accountingBasis: "accrual",
};
const loan = { terms, policy };

/** A disbursement, monthly payments, a fee charge every 50th month and one rate change: 220 events. */
function history(): LoanEvent[] {
  const events: LoanEvent[] = [
    { id: "dsb", type: "disbursement", effectiveDate: terms.disbursementDate, amountMinor: terms.principalMinor },
  ];
  for (let k = 0; events.length < EVENTS; k++) {
    const due = addMonths(date("2026-02-01"), k, 1);
    if (k === 100) {
      events.push({
        id: `rate_${k}`,
        type: "rate-change",
        effectiveDate: due,
        rate: { kind: "fixed", annualRatePercent: decimal(55n, 1) },
      });
    } else if (k % 50 === 25) {
      events.push({ id: `fee_${k}`, type: "fee-charge", effectiveDate: due, amountMinor: 2_500n, feeType: "late" });
    }
    if (events.length < EVENTS)
      events.push({ id: `pmt_${k}`, type: "payment", effectiveDate: due, amountMinor: 119_910n });
  }
  return events;
}

/** The rows as the database hands them back (payload through real JSON text). */
const rows: LoanEventRow[] = history().map((event, index) => {
  const columns = eventColumns(event);
  return {
    ...columns,
    payload: JSON.parse(JSON.stringify(columns.payload)),
    tenantId: "bench",
    loanId: "loan_bench",
    sequence: index + 1,
    recordedAt: new Date(0),
    recordedBy: "bench",
  };
});
const asOf = date("2044-06-01");

/** The schema alone (what every row went through before the hand-written decoder). */
function schemaRowToEvent(row: LoanEventRow): LoanEvent {
  const fields = {
    ...row.payload,
    id: row.eventId,
    type: row.type,
    effectiveDate: row.effectiveDate,
    postedAt: row.sequence,
  };
  return decodeStored(storedEventSchema, fields, { table: "loan_events", id: row.eventId, column: "payload" });
}

const suite: Suite = {
  name: "event-decoding",
  run() {
    // Interleaved rounds, best of each: replay's inline caches see both decoders' objects alike, and drift
    // in the machine's load hits both sides.
    const best = { fast: Infinity, schema: Infinity, fastReplay: Infinity, schemaReplay: Infinity };
    const options = { samples: 9 };
    for (let round = 0; round < 3; round++) {
      best.schema = Math.min(
        best.schema,
        microsecondsPerCall(() => rows.map(schemaRowToEvent), options),
      );
      best.fast = Math.min(
        best.fast,
        microsecondsPerCall(() => rows.map(rowToEvent), options),
      );
      const schemaReplay = microsecondsPerCall(() => replay(loan, rows.map(schemaRowToEvent), asOf), options);
      best.schemaReplay = Math.min(best.schemaReplay, schemaReplay);
      const fastReplay = microsecondsPerCall(() => replay(loan, rows.map(rowToEvent), asOf), options);
      best.fastReplay = Math.min(best.fastReplay, fastReplay);
    }
    const { fast, schema, fastReplay, schemaReplay } = best;
    return [
      timeResult(
        "events.decode",
        fast / EVENTS,
        schema / EVENTS,
        "µs per stored event: hand-written decoder vs the stored-event zod schema (the same checks, proven equal)",
      ),
      timeResult(
        "events.decode-replay.220",
        fastReplay,
        schemaReplay,
        "µs to decode a 220-event loan's rows and replay them: hand-written decoder vs zod schema",
      ),
    ];
  },
};
export default suite;
