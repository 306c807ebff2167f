import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { quotePayoff } from "../servicing/index.js";
import { exportLoan, toCsv, toJsonLines } from "./export.js";
import { decodeCommonEvent } from "./fast-event.js";
import { loanFigures } from "./figures.js";
import { dryRunImport } from "./reconcile.js";
import { eventSchema } from "./row-schema.js";
import { sampleBook } from "./sample-book.js";

describe("import round trip", () => {
  it("export → parse → reconcile matches every loan to the cent, in either format", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.constantFrom("jsonl" as const, "csv" as const),
        (seed, format) => {
          const book = sampleBook(6, seed);
          const records = book.map((input) => unwrap(exportLoan(input)));
          const text = format === "jsonl" ? toJsonLines(records) : toCsv(records);
          const report = dryRunImport(text, format);
          expect(report.errors).toEqual([]);
          expect(report.results.map((r) => r.status)).toEqual(book.map(() => "match"));
          expect(report.totals).toMatchObject({ rows: 6, matched: 6, mismatched: 0, failed: 0, refused: 0 });
        },
      ),
      { numRuns: 40 },
    );
  });

  it("the figures' payoff is quotePayoff's, whatever the policy's payoff interest", () => {
    for (const input of sampleBook(80, 11)) {
      const figures = unwrap(loanFigures(input.loan, input.events, input.asOf));
      expect(figures.payoffMinor).toBe(unwrap(quotePayoff(input.loan, input.events, input.asOf)).amountMinor);
    }
  });

  it("the hand-written event decoder agrees with the schema on everything it accepts", () => {
    const field = fc.oneof(
      fc.constantFrom("123", "-5", "12.5", "x", "", "2026-02-01", "2026-02-30", "pmt_1"),
      fc.integer({ min: -3, max: 99 }),
      fc.boolean(),
      fc.constant(2 ** 60),
    );
    const entry = fc.record(
      {
        id: fc.oneof(fc.constantFrom("p1", ""), field),
        type: fc.constantFrom("payment", "disbursement", "fee-charge", "payment-reversal", "refund"),
        effectiveDate: fc.oneof(fc.constantFrom("2026-02-01", "2026-2-1", "2026-02-29"), field),
        postedAt: field,
        amountMinor: field,
        deductedFeesMinor: field,
        feeType: field,
        transactionId: field,
        nsf: field,
        colour: field,
      },
      { requiredKeys: ["type"] },
    );
    fc.assert(
      fc.property(entry, (value) => {
        const fast = decodeCommonEvent(value);
        if (fast === undefined) return;
        const schema = eventSchema.safeParse(value);
        expect(schema.success).toBe(true);
        expect(fast).toEqual(schema.data);
      }),
      { numRuns: 2000 },
    );
  });
});
