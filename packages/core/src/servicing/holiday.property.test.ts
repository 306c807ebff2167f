import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import type { LoanEvent } from "./events.js";
import { makeLoan } from "./fixtures.js";
import { replay } from "./replay.js";

const disbursed = date("2026-01-01");

/**
 * A deferral (payment holiday) moves installments, never principal: once every installment has fallen due, the
 * principal they asked for is exactly the principal disbursed, plus the interest a `capitalize` holiday turned
 * into principal (its `capitalization` transactions); with `defer` nothing is added.
 */
describe("payment holidays", () => {
  it("never change the total principal", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 10_000n, max: 50_000_000n }),
        fc.integer({ min: 0, max: 3_000 }),
        fc.integer({ min: 0, max: 240 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom("capitalize" as const, "defer" as const),
        (principalMinor, rateHundredths, offset, installments, interest) => {
          const loan = makeLoan({ principalMinor, annualRatePercent: (rateHundredths / 100).toFixed(2) });
          const events: LoanEvent[] = [
            { id: "dsb", type: "disbursement", effectiveDate: disbursed, amountMinor: principalMinor },
            { id: "hol", type: "payment-holiday", effectiveDate: addDays(disbursed, offset), installments, interest },
          ];
          const state = unwrap(replay(loan, events, date("2028-06-01")));
          const asked = state.installments.reduce((sum, row) => sum + row.principalDueMinor, 0n);
          const capitalized = state.transactions
            .filter((t) => t.type === "capitalization")
            .reduce((sum, t) => sum + t.amountMinor, 0n);
          expect(state.installments.every((row) => row.hasFallenDue)).toBe(true);
          expect(asked).toBe(principalMinor + capitalized);
          if (interest === "defer") expect(capitalized).toBe(0n);
        },
      ),
      { numRuns: 120 },
    );
  });
});
