import type { LocalDate } from "../calendar/index.js";
import { type FlowRun, toRuns } from "./discount.js";
import {
  countedDays,
  countUnitPeriods,
  type DateNumbers,
  dateNumbers,
  packDates,
  type UnitPeriod,
  unitLength,
} from "./unit-period.js";

/** A flow to count: its amount in minor units (> 0) and its date. */
interface DatedAmount {
  readonly amountMinor: bigint;
  readonly date: LocalDate;
}

/**
 * Counts flows (in date order, all of one sign) in unit periods from `start` and groups them into runs, the same runs
 * as `toRuns` over `countUnitPeriods` of each flow (a property test checks it). For every unit but years, a flow's
 * position is one integer (`countedDays`) split by the constant unit length, so equal fractions are equal remainders
 * and a run grows in place: no object per flow. Yearly periods, whose fraction denominators vary, take the plain path.
 * `dates` are the flows' packed dates, when the caller already has them.
 *
 * @see 12 CFR 1026 Appendix J (b)(5), (b)(8)
 * @example countRuns(dateNumbers(date("2026-01-15")), 1, payments, { unit: "month", count: 1 }) // [{ first: 1, count: 360, … }]
 */
export function countRuns(
  start: DateNumbers,
  sign: 1 | -1,
  flows: ReadonlyArray<DatedAmount>,
  unitPeriod: UnitPeriod,
  dates: Int32Array = packDates(flows),
): FlowRun[] {
  if (unitPeriod.unit === "year") {
    return toRuns(
      flows.map((flow) => ({
        sign,
        amountMinor: flow.amountMinor,
        at: countUnitPeriods(start, dateNumbers(flow.date), unitPeriod),
      })),
    );
  }
  const unit = unitPeriod.unit;
  const length = unitLength(unitPeriod);
  const runs: FlowRun[] = [];
  let amountMinor = 0n;
  let first = 0;
  let count = 0;
  let fraction = 0;
  for (let index = 0; index < flows.length; index++) {
    const flow = flows[index]!;
    const days = countedDays(start, dates[index]!, unit);
    const whole = Math.floor(days / length);
    const remainder = days - whole * length;
    if (count > 0 && flow.amountMinor === amountMinor && first + count === whole && remainder === fraction) {
      count += 1;
      continue;
    }
    if (count > 0) runs.push(makeRun(sign, amountMinor, first, count, fraction, length));
    amountMinor = flow.amountMinor;
    first = whole;
    count = 1;
    fraction = remainder;
  }
  if (count > 0) runs.push(makeRun(sign, amountMinor, first, count, fraction, length));
  return runs;
}

function makeRun(
  sign: 1 | -1,
  amountMinor: bigint,
  first: number,
  count: number,
  fractionNumerator: number,
  fractionDenominator: number,
): FlowRun {
  return { sign, amountMinor, first, count, fractionNumerator, fractionDenominator };
}
