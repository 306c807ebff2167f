/**
 * `contractPlan` against the plan as it was first derived: from the whole schedule (`buildSchedule`) and
 * `regularPaymentMinor`, row by row. The plan now reads only the due dates and level payment of annuities and
 * interest-only loans, so this checks it still gives every loan shape exactly the same rows.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { businessCalendar, businessDayConventions, date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import {
  buildSchedule,
  periodsPerYear,
  regularPaymentMinor,
  type ScheduleTerms,
  validateScheduleTerms,
} from "../schedule/index.js";
import { termsArbitrary } from "../schedule/terms-arbitrary.js";
import { type ContractPlan, contractPlan, type PlanRow } from "./contract.js";

/** The plan of the schedule's rows, as `contractPlan` derived it before it skipped the rows. */
function planFromSchedule(terms: ScheduleTerms): ContractPlan {
  const schedule = unwrap(buildSchedule(terms));
  const isFlat = terms.interestMethod === "flat";
  const first = terms.downPayment === undefined ? 0 : 1;
  const grace = (terms.principalGracePeriods ?? 0) + first;
  const interestGrace = (terms.interestGracePeriods ?? 0) + first;
  const level = terms.amortization === "equal-installments" && !isFlat ? regularPaymentMinor(terms) : 0n;
  const rows = schedule.rows.map((row, k): PlanRow => {
    const kind = level > 0n && k >= grace ? "level" : "principal";
    const isPrincipalPlanned = isFlat || terms.amortization === "equal-principal" || k < first;
    return {
      number: row.number,
      dueDate: row.dueDate,
      kind,
      plannedMinor: kind === "level" ? level : isPrincipalPlanned ? row.principalMinor : 0n,
      plannedInterestMinor: isFlat ? row.interestMinor : 0n,
      isInterestDeferred: !isFlat && k >= first && k < interestGrace,
      feesMinor: row.feesMinor,
    };
  });
  return { rows, levelInstallmentMinor: level, periodsPerYear: periodsPerYear(terms.frequency) };
}

const holidays = businessCalendar({ name: "holidays", holidays: [date("2026-12-25"), date("2027-01-01")] });

describe("contractPlan", () => {
  it("equals the plan of the whole schedule: every amortization, flat, grace, down payment, fees, business days", () => {
    const shapes = fc.record({
      downPercent: fc.integer({ min: 0, max: 99 }),
      feesMinor: fc.option(fc.bigInt({ min: 1n, max: 5_000n }), { nil: undefined }),
      convention: fc.option(fc.constantFrom(...businessDayConventions), { nil: undefined }),
    });
    fc.assert(
      fc.property(termsArbitrary, shapes, (input, { downPercent, feesMinor, convention }) => {
        const principal = BigInt(input.principalMinor) - BigInt(input.balloonMinor ?? 0);
        const downMinor = (principal * BigInt(downPercent)) / 100n;
        const canTakeDown = downMinor > 0n && input.numberOfPayments - 2 >= (input.principalGracePeriods ?? 0);
        const validated = validateScheduleTerms({
          ...input,
          ...(canTakeDown ? { downPayment: { amountMinor: downMinor } } : {}),
          ...(feesMinor !== undefined ? { feesPerInstallmentMinor: feesMinor } : {}),
          ...(convention !== undefined ? { businessDays: { calendar: holidays, convention } } : {}),
        });
        // A "preceding" move can put the first due date on or before the disbursement: refused, not planned.
        fc.pre(validated.ok);
        const terms = unwrap(validated);
        expect(unwrap(contractPlan(terms))).toEqual(planFromSchedule(terms));
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
