import { addDays, type LocalDate } from "@lendstack/core/calendar";
import type { Db } from "../../src/db/types.js";
import { closeDay } from "../../src/jobs/close-day/close-day.js";
import type { TestApp } from "./test-app.js";

/**
 * Runs the daily close for every business date from `from` through `through`, on the app's clock: one
 * tenant's, or every tenant's when `tenantId` is undefined.
 */
export async function closeDays(
  api: TestApp,
  db: Db,
  tenantId: string | undefined,
  from: LocalDate,
  through: LocalDate,
) {
  const scope = tenantId === undefined ? {} : { tenantId };
  for (let day = from; day <= through; day = addDays(day, 1)) {
    await closeDay(db, { businessDate: day, batchSize: 100, ...scope }, { clock: api.clock, ids: api.ids });
  }
}

/** Moves the test clock to `instant` (an ISO 8601 time). */
export function moveClockTo(api: TestApp, instant: string): void {
  api.clock.advance(Date.parse(instant) - api.clock().getTime());
}
