import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { buildSchedule, regularPaymentMinor } from "./build-schedule.js";
import { type ScheduleTermsInput, validateScheduleTerms } from "./terms.js";
import { termsArbitrary } from "./terms-arbitrary.js";

// Issue 13: a down payment, the first installment taken at origination (due on the disbursement date); the other
// installments amortize the rest.
const base: ScheduleTermsInput = {
  currency: "USD",
  principalMinor: 100_000n,
  annualRatePercent: "10",
  disbursementDate: "2026-01-01",
  firstPaymentDate: "2026-02-01",
  numberOfPayments: 4,
  frequency: "monthly",
  interestMethod: "declining-balance",
  amortization: "equal-installments",
  interestCalculation: "periodic",
  dayCount: "30/360-us",
  rounding: { installmentMultipleMinor: 1n, mode: "half-up", interestMode: "half-up" },
};
const rowsOf = (overrides: Partial<ScheduleTermsInput>) =>
  unwrap(buildSchedule(unwrap(validateScheduleTerms({ ...base, ...overrides })))).rows;

/** round-half-up(numerator / denominator) for positive values. */
const halfUp = (numerator: bigint, denominator: bigint) => (2n * numerator + denominator) / (2n * denominator);

describe("downPayment", () => {
  // $1,000 at 10 % (10/12 % a month), 4 installments, $200 down: the other three amortize $800.
  // Independently computed (Python fractions.Fraction): PMT(10/1200, 3, −800) = 271.1234 → $271.12; interest
  // half-up 6.67, 4.46, 2.24; last $271.13.
  it("$200 down on $1,000: $200 on 2026-01-01, then 3 × $271.12 with a last $271.13", () => {
    const rows = rowsOf({ downPayment: { amountMinor: 20_000n, isCollectedAtDisbursement: true } });
    expect(rows[0]).toEqual({
      number: 1,
      startDate: "2026-01-01",
      dueDate: "2026-01-01",
      days: 0,
      principalMinor: 20_000n,
      interestMinor: 0n,
      feesMinor: 0n,
      totalMinor: 20_000n,
      balanceMinor: 80_000n,
    });
    expect(rows.map((row) => row.totalMinor)).toEqual([20_000n, 27_112n, 27_112n, 27_113n]);
    expect(rows.map((row) => row.number)).toEqual([1, 2, 3, 4]);
    // Each later row's interest is 10/1200 of the balance before it (walked here, not taken from the schedule code).
    let balance = 80_000n;
    for (const row of rows.slice(1)) {
      expect(row.interestMinor).toBe(halfUp(balance * 10n, 1200n));
      balance -= row.principalMinor;
    }
    expect(rows.slice(1).map((row) => row.interestMinor)).toEqual([667n, 446n, 224n]);
    expect(regularPaymentMinor(unwrap(validateScheduleTerms({ ...base, downPayment: { amountMinor: 20_000n } })))).toBe(
      27_112n,
    );
  });

  it("pay-in-4: $100 at 0 % every two weeks, a quarter down → 4 × $25.00 from the purchase date", () => {
    const rows = rowsOf({
      principalMinor: 10_000n,
      annualRatePercent: "0",
      frequency: "biweekly",
      firstPaymentDate: "2026-01-15",
      downPayment: { amountMinor: 2_500n },
    });
    expect(rows.map((row) => row.totalMinor)).toEqual([2_500n, 2_500n, 2_500n, 2_500n]);
    expect(rows.map((row) => row.dueDate)).toEqual([0, 14, 28, 42].map((days) => addDays(date("2026-01-01"), days)));
  });

  it("without a down payment nothing changes, and it is not set when absent", () => {
    const terms = unwrap(validateScheduleTerms(base));
    expect(terms.downPayment).toBeUndefined();
    expect(rowsOf({})).toHaveLength(4);
  });

  it("refuses a down payment of the whole principal, or with no installment after it", () => {
    expect(validateScheduleTerms({ ...base, downPayment: { amountMinor: 100_000n } })).toMatchObject({
      ok: false,
      error: { code: "invalid_amount", path: ["downPayment", "amountMinor"] },
    });
    expect(validateScheduleTerms({ ...base, downPayment: { amountMinor: 0 } })).toMatchObject({
      ok: false,
      error: { code: "invalid_amount" },
    });
    expect(validateScheduleTerms({ ...base, numberOfPayments: 1, downPayment: { amountMinor: 1_000n } })).toMatchObject(
      { ok: false, error: { code: "invalid_term", path: ["numberOfPayments"] } },
    );
    expect(
      validateScheduleTerms({ ...base, principalGracePeriods: 3, downPayment: { amountMinor: 1_000n } }),
    ).toMatchObject({ ok: false, error: { code: "invalid_term", path: ["principalGracePeriods"] } });
  });

  it("property: down payment + the principal of the other rows = the principal; balances never negative", () => {
    const withDown = termsArbitrary
      .filter(
        (input) => input.numberOfPayments >= 2 && (input.principalGracePeriods ?? 0) <= input.numberOfPayments - 2,
      )
      .chain((input) => {
        const room = BigInt(input.principalMinor) - BigInt(input.balloonMinor ?? 0n) - 1n;
        return fc
          .bigInt({ min: 1n, max: room > 1n ? room : 1n })
          .map((down) => ({ ...input, downPayment: { amountMinor: down, isCollectedAtDisbursement: true } }));
      });
    fc.assert(
      fc.property(withDown, (input) => {
        const terms = validateScheduleTerms(input);
        if (!terms.ok) return;
        const schedule = unwrap(buildSchedule(terms.value));
        const rows = schedule.rows;
        const down = terms.value.downPayment!.amountMinor;
        expect(rows[0]!.principalMinor).toBe(down);
        expect(rows[0]!.dueDate).toBe(terms.value.disbursementDate);
        const rest = rows.slice(1).reduce((sum, row) => sum + row.principalMinor, 0n);
        expect(down + rest).toBe(terms.value.principalMinor);
        expect(schedule.totals.principalMinor).toBe(terms.value.principalMinor);
        expect(rows.every((row) => row.balanceMinor >= 0n)).toBe(true);
        expect(rows.at(-1)!.balanceMinor).toBe(0n);
        expect(rows).toHaveLength(terms.value.numberOfPayments);
      }),
      { numRuns: 200 },
    );
  });
});
