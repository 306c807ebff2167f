import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, date, daysBetween } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { dec, formatDecimal } from "../money/index.js";
import type { LoanEvent } from "./events.js";
import { makeLoan } from "./fixtures.js";
import { replay } from "./replay.js";
import { planScraProtection } from "./scra.js";

const disbursed = date("2026-01-01");

/**
 * Whatever the contract rate, an installment whose whole period lies inside SCRA protection never carries
 * more interest than 6 % a year would: principal × 6 × days / 36,500 (Actual/365F), rounded up. With no
 * payments the principal balance is the whole principal throughout (unpaid interest earns none).
 */
describe("SCRA-capped interest", () => {
  it("never exceeds 6 % a year in a protected period", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 10_000n, max: 50_000_000n }),
        fc.integer({ min: 0, max: 3_600 }),
        fc.integer({ min: 1, max: 250 }),
        (principalMinor, rateHundredths, startOffset) => {
          const ratePercent = dec((rateHundredths / 100).toFixed(2));
          const loan = makeLoan({ principalMinor, annualRatePercent: formatDecimal(ratePercent) });
          const start = addDays(disbursed, startOffset);
          const plan = unwrap(
            planScraProtection({
              obligationDate: disbursed,
              activeDutyStartDate: start,
              activeDutyEndDate: null,
              isMortgage: false,
              ratePercent,
            }),
          );
          const events: LoanEvent[] = [
            { id: "dsb", type: "disbursement", effectiveDate: disbursed, amountMinor: principalMinor },
            { id: "scra", type: "scra-protection", effectiveDate: start, postedAt: 1, phase: "start" },
          ];
          if (plan.cappedRatePercent !== null) {
            const rate = { kind: "fixed" as const, annualRatePercent: plan.cappedRatePercent };
            events.push({ id: "cap", type: "rate-change", effectiveDate: start, postedAt: 2, rate });
          }
          const state = unwrap(replay(loan, events, date("2027-02-01")));
          let periodStart = disbursed;
          for (const installment of state.installments) {
            if (periodStart >= start && installment.hasFallenDue) {
              const scaled = principalMinor * 6n * BigInt(daysBetween(periodStart, installment.dueDate));
              const ceiling = (scaled + 36_499n) / 36_500n;
              expect(installment.interestDueMinor).toBeLessThanOrEqual(ceiling);
            }
            periodStart = installment.dueDate;
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
