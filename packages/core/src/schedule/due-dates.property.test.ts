/**
 * The monthly due-date walk (`dueDatePoints` carries the epoch day forward by month lengths and builds
 * each date from a table) equals the plain stepper `unadjustedDueDate` and the calendar's epoch days.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toEpochDay } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { dueDatePoints, unadjustedDueDate } from "./due-dates.js";
import { validateScheduleTerms } from "./terms.js";
import { termsArbitrary } from "./terms-arbitrary.js";

describe("dueDatePoints", () => {
  it("equals unadjustedDueDate for every k and carries each date's own epoch day", () => {
    fc.assert(
      fc.property(termsArbitrary, (input) => {
        const terms = unwrap(validateScheduleTerms(input));
        const points = dueDatePoints(terms);
        expect(points).toHaveLength(terms.numberOfPayments);
        const stepped = points.map((_, k) => unadjustedDueDate(terms.firstPaymentDate, terms.frequency, k));
        expect(points).toEqual(stepped);
        expect(points.map((point) => point.epochDay)).toEqual(points.map((point) => toEpochDay(point.date)));
      }),
      { numRuns: 100 },
    );
    // 300 runs take about a second alone; on the shared 2-core CI machine they exceeded the 5 s default.
  }, 30_000);
});
