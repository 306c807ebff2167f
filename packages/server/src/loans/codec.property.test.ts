import { date, fromEpochDay, toEpochDay } from "@lendstack/core/calendar";
import { demoProducts } from "@lendstack/core/demo";
import { decimal } from "@lendstack/core/money";
import { type ProductDefinition, toScheduleTerms } from "@lendstack/core/products";
import type { LoanEvent } from "@lendstack/core/servicing";
import { policyFromProduct } from "@lendstack/core/servicing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CorruptRecordError } from "../db/corrupt-record.js";
import { decodePolicy, decodeTerms, encodePolicy, encodeTerms, eventColumns, rowToEvent } from "./codec.js";
import { decodeEventRow } from "./event-decoder.js";
import { storedEventSchema } from "./stored-schemas.js";

// Loans keep bigint minor units and exact Decimal rates in jsonb; these properties check the round trip
// through real JSON text is exact for every event type, every demo product's policy and its terms.

const start = toEpochDay(date("2020-01-01"));
const day = fc.integer({ min: 0, max: 3_650 }).map((offset) => fromEpochDay(start + offset));
const minor = fc.bigInt({ min: -(2n ** 62n), max: 2n ** 62n });
const rate = fc
  .record({ units: fc.bigInt({ min: 0n, max: 10n ** 12n }), scale: fc.integer({ min: 0, max: 10 }) })
  .map(({ units, scale }) => decimal(units, scale));
const base = fc.record({ id: fc.string({ minLength: 1, maxLength: 30 }), effectiveDate: day });

const event: fc.Arbitrary<LoanEvent> = fc
  .oneof(
    fc.record({ type: fc.constantFrom("disbursement", "payment", "refund", "recovery"), amountMinor: minor }),
    fc.record(
      { type: fc.constant("fee-charge"), amountMinor: minor, feeType: fc.string() },
      { requiredKeys: ["type", "amountMinor"] },
    ),
    fc.record({ type: fc.constant("fee-waiver"), chargeId: fc.string(), amountMinor: minor }),
    fc.record(
      {
        type: fc.constant("payment-reversal"),
        transactionId: fc.string(),
        amountMinor: minor,
        nsf: fc.boolean(),
        nsfFeeMinor: minor,
      },
      { requiredKeys: ["type", "transactionId"] },
    ),
    fc.record({
      type: fc.constant("rate-change"),
      rate: fc.record({ kind: fc.constant("fixed"), annualRatePercent: rate }),
    }),
    fc.record({
      type: fc.constant("rate-change"),
      rate: fc.record(
        {
          kind: fc.constant("indexed"),
          indexRatePercent: rate,
          marginPercent: rate,
          floorPercent: rate,
          capPercent: rate,
        },
        { requiredKeys: ["kind", "indexRatePercent", "marginPercent"] },
      ),
    }),
    fc.record({
      type: fc.constant("payment-holiday"),
      installments: fc.nat(),
      interest: fc.constantFrom("capitalize", "defer"),
    }),
    fc.record(
      {
        type: fc.constant("reschedule"),
        firstPaymentDate: day,
        numberOfPayments: fc.nat(),
        annualRatePercent: rate,
        installmentMinor: minor,
      },
      { requiredKeys: ["type", "firstPaymentDate", "numberOfPayments"] },
    ),
    fc.record({ type: fc.constantFrom("charge-off", "write-off") }),
    fc.record({ type: fc.constant("settlement-forgiveness"), settlementId: fc.string({ maxLength: 30 }) }),
    fc.record({
      type: fc.constant("settlement"),
      phase: fc.constantFrom("start", "end"),
      settlementId: fc.string({ maxLength: 30 }),
    }),
  )
  .chain((fields) => base.map((head) => ({ ...head, ...fields }) as LoanEvent));

// The demo products, and one with penalty interest and a prepayment fee (integer rate units in the policy).
const [personal] = demoProducts;
if (personal === undefined) throw new Error("core has no demo products");
const products: ReadonlyArray<ProductDefinition> = [
  ...demoProducts,
  {
    ...personal,
    name: "Personal loan with penalty interest and a prepayment fee",
    latePayment: { graceDays: 10, penaltyRatePercent: "4.5" },
    fees: { ...personal.fees, prepayment: { type: "percent", percent: "2", base: "prepaid-amount", max: 50_000 } },
  },
];

// Tricky stored values: near-integers, out-of-range counts, impossible dates, wrong kinds.
const tricky = fc.constantFrom<unknown>(
  "12.5",
  "-0",
  "007",
  " 12",
  "1e3",
  "",
  "abc",
  "9".repeat(40),
  "9".repeat(41),
  "-12",
  "7.25",
  1250,
  -1,
  1.5,
  2 ** 53,
  -0,
  0,
  null,
  true,
  false,
  {},
  [],
  "2025-02-30",
  "2025-02-01",
  "0999-01-01",
  "capitalize",
  "defer",
  "fixed",
  "indexed",
  "payment",
  "charge-off",
  "payday",
);
const keys = fc.constantFrom(
  "amountMinor",
  "deductedFeesMinor",
  "prepaidFeesMinor",
  "transactionId",
  "nsf",
  "nsfFeeMinor",
  "feeType",
  "chargeId",
  "rate",
  "rate.kind",
  "rate.annualRatePercent",
  "rate.indexRatePercent",
  "rate.marginPercent",
  "rate.floorPercent",
  "rate.capPercent",
  "installments",
  "interest",
  "firstPaymentDate",
  "numberOfPayments",
  "annualRatePercent",
  "installmentMinor",
  "capitalizeArrears",
  "type",
  "effectiveDate",
  "sequence",
);

describe("loans codec", () => {
  it("every event survives storage exactly; its sequence becomes postedAt", () => {
    fc.assert(
      fc.property(event, fc.integer({ min: 1, max: 1_000_000 }), (original, sequence) => {
        const columns = eventColumns(original);
        const stored = { ...columns, payload: JSON.parse(JSON.stringify(columns.payload)) };
        const row = { ...stored, tenantId: "t", loanId: "l", sequence, recordedAt: new Date(0), recordedBy: "u" };
        expect(rowToEvent(row)).toEqual({ ...original, postedAt: sequence });
        expect(columns.reversesEventId).toBe(original.type === "payment-reversal" ? original.transactionId : null);
      }),
      { numRuns: 300 },
    );
  });

  it.each(products.map((product) => [product.name, product] as const))(
    "%s: policy and terms round-trip",
    (_name, product) => {
      const policy = policyFromProduct(product, "accrual");
      if (!policy.ok) throw new Error(policy.error.message);
      expect(decodePolicy(JSON.parse(JSON.stringify(encodePolicy(policy.value))), "loan_1")).toEqual(policy.value);
      fc.assert(
        fc.property(
          fc.integer({ min: product.amountLimits.min, max: product.amountLimits.max }),
          day,
          (amount, disbursed) => {
            const terms = toScheduleTerms(product, { amountMinor: BigInt(amount), disbursementDate: disbursed });
            if (!terms.ok) throw new Error(terms.error.message);
            const decoded = decodeTerms(JSON.parse(JSON.stringify(encodeTerms(terms.value))), "loan_1");
            const { businessDays, ...rest } = decoded;
            const { businessDays: wantDays, ...want } = terms.value;
            expect(rest).toEqual(want);
            expect(businessDays?.convention).toBe(wantDays?.convention);
            expect(businessDays?.calendar.name).toBe(wantDays?.calendar.name);
          },
        ),
        { numRuns: 50 },
      );
    },
  );

  it("a stored event whose amount, date or type is altered is a CorruptRecordError naming the row", () => {
    const corruptions: ReadonlyArray<[string, Record<string, unknown>]> = [
      ["amountMinor", { amountMinor: "12.5" }],
      ["amountMinor", { amountMinor: 1250 }],
      ["amountMinor", {}],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom("disbursement", "payment", "refund", "recovery"),
        minor,
        fc.constantFrom(...corruptions),
        (type, amountMinor, [field, change]) => {
          const columns = eventColumns({
            id: "pmt_1",
            type,
            effectiveDate: date("2025-02-01"),
            amountMinor,
          } as LoanEvent);
          const { amountMinor: _dropped, ...rest } = columns.payload;
          const row = {
            ...columns,
            payload: { ...rest, ...change },
            tenantId: "t",
            loanId: "loan_9",
            sequence: 2,
            recordedAt: new Date(0),
            recordedBy: "u",
          };
          expect(() => rowToEvent(row)).toThrow(CorruptRecordError);
          expect(() => rowToEvent(row)).toThrow(`corrupt loan_events row loan_9/pmt_1: payload ${field}`);
        },
      ),
      { numRuns: 50 },
    );
    const good = eventColumns({ id: "pmt_1", type: "payment", effectiveDate: date("2025-02-01"), amountMinor: 5n });
    const row = { ...good, tenantId: "t", loanId: "loan_9", sequence: 2, recordedAt: new Date(0), recordedBy: "u" };
    expect(() => rowToEvent({ ...row, type: "payday" })).toThrow(CorruptRecordError);
    expect(() => rowToEvent({ ...row, effectiveDate: "2025-02-30" })).toThrow("effectiveDate");
    expect(rowToEvent(row)).toEqual({
      id: "pmt_1",
      type: "payment",
      effectiveDate: "2025-02-01",
      amountMinor: 5n,
      postedAt: 2,
    });
  });

  it("the hand-written event decoder accepts exactly what the stored-event schema accepts, with its output", () => {
    const change = fc.record({ key: keys, value: fc.option(tricky, { nil: undefined }) });
    fc.assert(
      fc.property(event, fc.array(change, { maxLength: 3 }), (original, changes) => {
        const columns = eventColumns(original);
        const row: Record<string, unknown> = {
          ...columns,
          payload: JSON.parse(JSON.stringify(columns.payload)),
          effectiveDate: columns.effectiveDate as string,
          sequence: 3,
        };
        for (const { key, value } of changes) {
          const [head, nested] = key.split(".") as [string, string | undefined];
          const target = ["type", "effectiveDate", "sequence"].includes(head)
            ? row
            : (row.payload as Record<string, unknown>);
          const into = nested === undefined ? target : target[head];
          if (typeof into !== "object" || into === null) continue;
          const field = nested ?? head;
          if (value === undefined) delete (into as Record<string, unknown>)[field];
          else (into as Record<string, unknown>)[field] = structuredClone(value);
        }
        const stored = row as unknown as Parameters<typeof decodeEventRow>[0];
        const fast = decodeEventRow(stored);
        const fields = {
          ...stored.payload,
          id: stored.eventId,
          type: stored.type,
          effectiveDate: stored.effectiveDate,
          postedAt: stored.sequence,
        };
        const oracle = storedEventSchema.safeParse(fields);
        if (fast !== undefined) expect(oracle.success).toBe(true);
        if (oracle.success) expect(fast).toEqual(oracle.data);
      }),
      { numRuns: 3_000 },
    );
  });
});
