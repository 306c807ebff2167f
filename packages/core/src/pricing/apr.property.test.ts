import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { buildSchedule, type Frequency, validateScheduleTerms } from "../schedule/index.js";
import { aprScale, computeApr, countFlows } from "./apr.js";
import { presentValueBounds } from "./discount.js";

const frequencies: Frequency[] = ["weekly", "biweekly", "semi-monthly", "monthly", "quarterly", "yearly"];

describe("computeApr round trip (issue 3 proof)", () => {
  it("discounting the schedule at the solved APR ± half a unit brackets the amount financed", () => {
    fc.assert(
      fc.property(
        fc.record({
          principalMinor: fc.bigInt({ min: 10_000n, max: 100_000_000n }),
          rateHundredths: fc.integer({ min: 1, max: 3_600 }),
          numberOfPayments: fc.integer({ min: 1, max: 360 }),
          frequency: fc.constantFrom(...frequencies),
          firstGapDays: fc.integer({ min: 5, max: 60 }),
          feeBasisPoints: fc.integer({ min: 0, max: 500 }),
        }),
        (r) => {
          const disbursementDate = date("2024-03-10");
          const terms = unwrap(
            validateScheduleTerms({
              currency: "USD",
              principalMinor: r.principalMinor,
              annualRatePercent: (r.rateHundredths / 100).toFixed(2),
              disbursementDate,
              firstPaymentDate: addDays(disbursementDate, r.firstGapDays),
              numberOfPayments: r.numberOfPayments,
              frequency: r.frequency,
              interestMethod: "declining-balance",
              amortization: "equal-installments",
              interestCalculation: "periodic",
              dayCount: "30/360-us",
              rounding: { installmentMultipleMinor: 1n, mode: "half-even", interestMode: "half-even" },
            }),
          );
          const schedule = unwrap(buildSchedule(terms));
          const fee = (r.principalMinor * BigInt(r.feeBasisPoints)) / 10_000n;
          const input = {
            advances: [{ amountMinor: r.principalMinor - fee, date: disbursementDate }],
            payments: schedule.rows.map((row) => ({ amountMinor: row.totalMinor, date: row.dueDate })),
          };
          const apr = unwrap(computeApr(input));
          const counted = unwrap(countFlows({ ...input, unitPeriod: apr.unitPeriod }));
          const payments = counted.runs.filter((run) => run.sign > 0);
          const financed = (r.principalMinor - fee) << 160n;
          // i = APR / (100 × periods per year), at APR ∓ half a unit of 10^-6 percent
          const rateAt = (offset: bigint): [bigint, bigint] => [
            (2n * apr.aprPercent.units + offset) * counted.perYear.denominator,
            2n * 10n ** BigInt(aprScale) * 100n * counted.perYear.numerator,
          ];
          const [lowNumerator, lowDenominator] = rateAt(-1n);
          const [highNumerator, highDenominator] = rateAt(1n);
          const atLowRate = presentValueBounds(payments, lowNumerator > 0n ? lowNumerator : 0n, lowDenominator);
          const atHighRate = presentValueBounds(payments, highNumerator, highDenominator);
          expect(atLowRate[1] >= financed).toBe(true);
          expect(atHighRate[0] <= financed).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});
