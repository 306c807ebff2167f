import { epochDayOf } from "../calendar/civil.js";
import {
  type DateNumbers,
  monthDaysRadix,
  monthsAndDays,
  packedMonthsAndDays,
  type UnitPeriod,
} from "./unit-period.js";

function unpack(packed: number): DateNumbers {
  const year = packed >> 9;
  const month = (packed >> 5) & 15;
  const day = packed & 31;
  return { year, month, day, epochDay: epochDayOf(year, month, day) };
}

const unitCodes: ReadonlyArray<UnitPeriod["unit"]> = ["day", "week", "semimonth", "month", "year"];

/**
 * Classifies one interval as a standard interval (unit code × 1000 + count), or −1: whole months up to a year,
 * whole weeks up to 52, a semimonth (13-16 days within a month), else its days (under 1000). `counted` is
 * `packedMonthsAndDays` of the interval; its actual days are computed only when it is not whole months.
 */
function classify(counted: number, start: number, end: number): number {
  const months = counted < 0 ? 0 : Math.floor(counted / monthDaysRadix);
  if (counted >= 0 && counted === months * monthDaysRadix && months > 0 && months <= 12) {
    return months === 12 ? 4001 : 3000 + months;
  }
  const totalDays = epochDayOfPacked(end) - epochDayOfPacked(start);
  if (totalDays > 0 && totalDays % 7 === 0 && totalDays <= 364) return 1000 + totalDays / 7;
  if (months === 0 && totalDays >= 13 && totalDays <= 16) return 2001;
  return totalDays > 0 && totalDays < 1000 ? totalDays : -1;
}

function epochDayOfPacked(packed: number): number {
  return epochDayOf(packed >> 9, (packed >> 5) & 15, packed & 31);
}

/**
 * The unit period of a transaction (Appendix J (b)(4)): the common period that occurs most often among the intervals
 * from the start of the term to the first payment and between payments. Ties go to the shorter period, then to the
 * one seen first. A single advance repaid by a single payment within a year uses the whole term (months when whole,
 * else days); over a year, a year. Takes the payments' packed dates (`packDates`, in date order) and counts equal
 * neighbouring intervals in a run, so a level schedule costs one map update, not one per payment.
 *
 * @see 12 CFR 1026 Appendix J (b)(4)
 * @example chooseUnitPeriod(dateNumbers(date("2026-01-15")), payments) // chooseUnitPeriod(start, packDates(payments)) → { unit: "month", count: 1 }
 */
export function chooseUnitPeriod(start: DateNumbers, paymentDates: Int32Array): UnitPeriod {
  const only = paymentDates.length === 1 ? paymentDates[0] : undefined;
  if (only !== undefined) {
    const end = unpack(only);
    const { months, days } = monthsAndDays(start, end);
    if (months >= 12) return { unit: "year", count: 1 };
    if (days === 0) return { unit: "month", count: months };
    return { unit: "day", count: end.epochDay - start.epochDay };
  }
  const counts = new Map<number, number>();
  let previous = (start.year << 9) | (start.month << 5) | start.day;
  let runKind = -1;
  let runCount = 0;
  for (let index = 0; index < paymentDates.length; index++) {
    const current = paymentDates[index]!;
    const counted = packedMonthsAndDays(
      previous >> 9,
      (previous >> 5) & 15,
      previous & 31,
      current >> 9,
      (current >> 5) & 15,
      current & 31,
    );
    const kind = classify(counted, previous, current);
    if (kind !== runKind) {
      if (runKind >= 0) counts.set(runKind, (counts.get(runKind) ?? 0) + runCount);
      runKind = kind;
      runCount = 0;
    }
    runCount += 1;
    previous = current;
  }
  if (runKind >= 0) counts.set(runKind, (counts.get(runKind) ?? 0) + runCount);
  return mostFrequent(counts);
}

/** The kind counted most often; ties to the shorter period, then to the first inserted. */
function mostFrequent(counts: ReadonlyMap<number, number>): UnitPeriod {
  let best = { kind: 3001, count: 0, length: Number.POSITIVE_INFINITY };
  for (const [kind, count] of counts) {
    const unit = unitCodes[Math.floor(kind / 1000)] ?? "day";
    const length = lengthInDays(unit, kind % 1000);
    if (count > best.count || (count === best.count && length < best.length)) best = { kind, count, length };
  }
  return { unit: unitCodes[Math.floor(best.kind / 1000)] ?? "month", count: best.kind % 1000 };
}

function lengthInDays(unit: string, count: number): number {
  if (unit === "day") return count;
  if (unit === "week") return 7 * count;
  if (unit === "semimonth") return 15;
  if (unit === "month") return 30 * count;
  return 365;
}
