import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, type LocalDate } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { openingBalanceOf, replay } from "../servicing/index.js";
import { type ExportInput, exportLoan, toCsv, toJsonLines } from "./export.js";
import { loanFigures } from "./figures.js";
import { parseImport } from "./parse.js";
import { reconcileParsed } from "./reconcile.js";
import { eventsOf } from "./row.js";
import { sampleBook } from "./sample-book.js";

/** Later dates to compare on: every day for a month, then spaced out over more than a year. */
function laterDates(from: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let day = 0; day <= 420; day += day < 31 ? 1 : 1 + (day % 17)) dates.push(addDays(from, day));
  return dates;
}

/** The sample loan migrated on `migration`: its own events, and the figures to compare. */
function migrated(input: ExportInput, migration: LocalDate): ExportInput {
  return { ...input, asOf: migration };
}

describe("opening balances round trip", () => {
  it("a loan opened from its own balances on day D has the original's figures on every later day", () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), fc.integer({ min: 20, max: 420 }), (seed, offset) => {
        for (const input of sampleBook(4, seed)) {
          const migration = addDays(input.loan.terms.disbursementDate, offset);
          const state = unwrap(replay(input.loan, input.events, migration));
          const later = input.events.filter((e) => e.effectiveDate > migration);
          const reversesEarlier = later.some(
            (e) => e.type === "payment-reversal" && !later.some((p) => p.id === e.transactionId),
          );
          if (reversesEarlier || state.status !== "active") continue;
          const events = [unwrap(openingBalanceOf(state, "opn_1")), ...later];
          for (const asOf of laterDates(migration)) {
            const want = unwrap(loanFigures(input.loan, input.events, asOf));
            expect(unwrap(loanFigures(input.loan, events, asOf))).toEqual(want);
          }
          compared++;
        }
      }),
      { numRuns: 40 },
    );
    expect(compared).toBeGreaterThan(60);
  });

  it("exported as opening balances, parsed back (JSON Lines or CSV), every loan matches and keeps matching", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.integer({ min: 60, max: 400 }),
        fc.constantFrom("jsonl" as const, "csv" as const),
        (seed, offset, format) => {
          const book = sampleBook(5, seed).map((input) =>
            migrated(input, addDays(input.loan.terms.disbursementDate, offset)),
          );
          const records = book.map((input) => unwrap(exportLoan(input, "opening")));
          const parsed = parseImport(format === "jsonl" ? toJsonLines(records) : toCsv(records), format);
          expect(parsed.errors).toEqual([]);
          const report = reconcileParsed(parsed);
          expect(report.results.map((r) => r.status)).toEqual(book.map(() => "match"));
          parsed.rows.forEach((row, k) => {
            const input = book[k] as ExportInput;
            expect(row.opening !== undefined).toBe("opening" in (records[k] ?? {}));
            for (const asOf of laterDates(input.asOf).filter((_, i) => i % 5 === 0)) {
              const want = unwrap(loanFigures(input.loan, input.events, asOf));
              expect(unwrap(loanFigures(row.loan, eventsOf(row), asOf))).toEqual(want);
            }
          });
        },
      ),
      { numRuns: 30 },
    );
  });
});
