/**
 * Servicing and the disclosed schedule round interest the same way: each period on its own. A loan
 * with daily interest (the schedule's `interestCalculation: "daily"`, the same day-count year
 * fraction per period that servicing accrues), paid exactly the scheduled installment on each due
 * date, must show the schedule's interest and principal in every installment: any sub-cent rest
 * carried from one period into the next makes some installment differ by a cent.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, type DayCountConvention, date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { trialBalance } from "../ledger/index.js";
import type { RoundingMode } from "../money/index.js";
import { buildSchedule } from "../schedule/index.js";
import type { LoanEvent } from "./events.js";
import { basePolicy, makeTerms } from "./fixtures.js";
import { replay } from "./replay.js";

const termsArb = fc.record({
  principalMinor: fc.bigInt({ min: 50_000n, max: 50_000_000n }),
  rateHundredths: fc.integer({ min: 1, max: 3_600 }),
  numberOfPayments: fc.integer({ min: 2, max: 36 }),
  startOffset: fc.integer({ min: 0, max: 27 }),
  dayCount: fc.constantFrom<DayCountConvention>(
    "actual/365-fixed",
    "actual/360",
    "actual/actual-isda",
    "30/360-us",
    "30e/360",
  ),
  interestMode: fc.constantFrom<RoundingMode>("half-up", "half-even", "down", "up"),
});

describe("servicing interest per installment equals the schedule's", () => {
  it("for on-time payments of the scheduled amounts", () => {
    fc.assert(
      fc.property(termsArb, (t) => {
        const disbursed = addDays(date("2024-01-01"), t.startOffset);
        const rate = `${Math.floor(t.rateHundredths / 100)}.${String(t.rateHundredths % 100).padStart(2, "0")}`;
        const terms = makeTerms({
          principalMinor: t.principalMinor,
          annualRatePercent: rate,
          numberOfPayments: t.numberOfPayments,
          disbursementDate: disbursed,
          firstPaymentDate: addMonths(disbursed, 1),
          interestCalculation: "daily",
          dayCount: t.dayCount,
          rounding: { installmentMultipleMinor: 1n, mode: "half-up", interestMode: t.interestMode },
        });
        const rows = unwrap(buildSchedule(terms)).rows;
        const events: LoanEvent[] = [
          { id: "dsb", type: "disbursement", effectiveDate: disbursed, amountMinor: t.principalMinor },
          ...rows.map(
            (row): LoanEvent => ({
              id: `p${row.number}`,
              type: "payment",
              effectiveDate: row.dueDate,
              amountMinor: row.totalMinor,
            }),
          ),
        ];
        const last = rows[rows.length - 1];
        if (!last) throw new Error("no rows");
        const state = unwrap(replay({ terms, policy: basePolicy }, events, last.dueDate));
        expect(state.installments.map((i) => [i.dueDate, i.interestDueMinor, i.principalDueMinor])).toEqual(
          rows.map((row) => [row.dueDate, row.interestMinor, row.principalMinor]),
        );
        expect(state.status).toBe("paid-off");
        expect(trialBalance(state.journal, last.dueDate).totals[0]?.balanceMinor).toBe(0n);
      }),
      { numRuns: 150 },
    );
  });
});
