/**
 * Plans other than level payments, and the re-amortization formula against the schedule module.
 * Base loan of replay.test.ts: 1,000,000 minor at 3.65 % Actual/365F earns 100 a day.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { buildSchedule, regularPaymentMinor } from "../schedule/index.js";
import { toRateUnits } from "./accrual.js";
import { levelInstallment } from "./amortize.js";
import { contractPlan } from "./contract.js";
import { disburse, makeLoan, makeTerms, on, pay } from "./fixtures.js";
import { replay } from "./replay.js";

const funded = [disburse("2026-01-01", 1_000_000n, "dsb")];
const dues = (loan: ReturnType<typeof makeLoan>, asOf: string) =>
  unwrap(replay(loan, funded, on(asOf)))
    .installments.filter((i) => i.hasFallenDue)
    .map((i) => [i.principalDueMinor, i.interestDueMinor]);

describe("plans", () => {
  it("equal principal: 250,000 a month plus the interest on the falling balance", () => {
    const loan = makeLoan({ amortization: "equal-principal", numberOfPayments: 4 });
    // Jan: 31 × 100; Feb: 28 days × 100 (nothing paid, the balance is still 1,000,000)
    expect(dues(loan, "2026-03-01")).toEqual([
      [250_000n, 3_100n],
      [250_000n, 2_800n],
    ]);
  });
  it("interest only: the whole principal with the last installment", () => {
    const loan = makeLoan({ amortization: "interest-only", numberOfPayments: 3 });
    expect(dues(loan, "2026-04-01")).toEqual([
      [0n, 3_100n],
      [0n, 2_800n],
      [1_000_000n, 3_100n],
    ]);
  });
  it("interest grace: the first period's interest is collected with the second installment", () => {
    const loan = makeLoan({ principalGracePeriods: 1, interestGracePeriods: 1 });
    // Installment 2 carries Jan + Feb: 59 days × 100 = 5,900
    const [first, second] = dues(loan, "2026-03-01");
    expect(first).toEqual([0n, 0n]);
    expect(second?.[1]).toBe(5_900n);
  });
  it("a fee per installment becomes a charge due with it", () => {
    const loan = makeLoan({ feesPerInstallmentMinor: 500n });
    const state = unwrap(replay(loan, funded, on("2026-02-01")));
    expect(state.charges.map((c) => [c.id, c.amountMinor, c.installmentNumber])).toEqual([
      ["installment-fee:1", 500n, 1],
    ]);
  });
  it("flat interest: the schedule's principal and interest fall due as scheduled, nothing accrues daily", () => {
    const terms = makeTerms({ interestMethod: "flat", numberOfPayments: 3 });
    const rows = unwrap(buildSchedule(terms)).rows;
    // A 100,000 prepayment on 10 Jan does not change flat interest (it is on the original principal).
    const events = [...funded, pay("2026-01-10", 100_000n)];
    const state = unwrap(replay({ terms, policy: makeLoan().policy }, events, on("2026-04-01")));
    expect(state.installments.map((i) => i.interestDueMinor)).toEqual(rows.map((row) => row.interestMinor));
    expect(state.accruedInterestMinor).toBe(0n);
    expect(unwrap(contractPlan(terms)).levelInstallmentMinor).toBe(0n);
  });
  it("a first disbursement on or after the first due date is refused", () => {
    const result = replay(makeLoan(), [disburse("2026-02-01", 1_000_000n)], on("2026-03-01"));
    expect(result).toMatchObject({ ok: false, error: { code: "invalid_disbursement_date" } });
  });
});

describe("levelInstallment (used to re-amortize) agrees with the schedule module's regularPaymentMinor", () => {
  it("for regular monthly terms", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 10_000n, max: 100_000_000n }),
        fc.integer({ min: 0, max: 2_500 }),
        fc.integer({ min: 1, max: 360 }),
        fc.constantFrom("half-up" as const, "half-even" as const, "up" as const, "down" as const),
        (principalMinor, rateHundredths, n, mode) => {
          const rate = `${Math.floor(rateHundredths / 100)}.${String(rateHundredths % 100).padStart(2, "0")}`;
          const terms = makeTerms({
            principalMinor,
            annualRatePercent: rate,
            numberOfPayments: n,
            rounding: { installmentMultipleMinor: 1n, mode, interestMode: mode },
          });
          expect(levelInstallment(principalMinor, toRateUnits(terms.annualRatePercent), 12, n, mode, 1n)).toBe(
            regularPaymentMinor(terms),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
