import { type Column, eq, gte, lt, type SQL } from "drizzle-orm";

/** A range's bounds (`gte` inclusive, `lt` exclusive); either may be absent. @example const range: Range<Date> = { gte: new Date(0) }; */
export interface Range<T> {
  readonly gte?: T | undefined;
  readonly lt?: T | undefined;
}

/**
 * The SQL conditions of a list filter: an equality when the value is given, and a range's bounds.
 * Nothing for an absent filter, so `and(...conditions)` keeps only what the caller asked for.
 *
 * @example
 * conditions.push(...equalTo(loans.status, query.status), ...inRange(loans.createdAt, query.createdAt));
 */
export function equalTo<T>(column: Column, value: T | undefined): SQL[] {
  return value === undefined ? [] : [eq(column, value)];
}

/** @example conditions.push(...inRange(loans.disbursementDate, { gte: "2026-01-01" })); */
export function inRange<T>(column: Column, range: Range<T> | undefined): SQL[] {
  if (range === undefined) return [];
  return [
    ...(range.gte === undefined ? [] : [gte(column, range.gte)]),
    ...(range.lt === undefined ? [] : [lt(column, range.lt)]),
  ];
}
