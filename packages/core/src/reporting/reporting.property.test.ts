import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import type { LifecycleStatus } from "../servicing/index.js";
import { options, summary } from "./fixtures.js";
import { buildPortfolioReport } from "./portfolio.js";
import { buildRollRates } from "./roll-rates.js";
import type { LoanSummary } from "./summary.js";

const statuses: LifecycleStatus[] = ["active", "active", "active", "paid-off", "charged-off", "written-off", "closed"];
const loanArbitrary = fc.record({
  currency: fc.constantFrom("USD", "EUR", "JPY"),
  status: fc.constantFrom(...statuses),
  daysPastDue: fc.integer({ min: 0, max: 400 }),
  principalMinor: fc.bigInt({ min: 0n, max: 10n ** 12n }),
  interestMinor: fc.bigInt({ min: 0n, max: 10n ** 9n }),
  feesMinor: fc.bigInt({ min: 0n, max: 10n ** 7n }),
  penaltiesMinor: fc.bigInt({ min: 0n, max: 10n ** 7n }),
  isNonPerforming: fc.boolean(),
});
const book = (asOf: string) =>
  fc.array(loanArbitrary, { maxLength: 60 }).map((loans) => loans.map((fields, i) => summary(`L${i}`, asOf, fields)));

describe("portfolio report properties", () => {
  it("bucket counts and balances sum to the currency totals; PAR shrinks as days grow", () => {
    fc.assert(
      fc.property(book("2026-03-31"), (loans) => {
        const report = buildPortfolioReport(loans, date("2026-03-31"), options);
        const active = loans.filter((l) => l.status === "active");
        expect(report.currencies.reduce((n, c) => n + c.loanCount, 0)).toBe(active.length);
        expect(Object.values(report.statusCounts).reduce((n, k) => n + k, 0)).toBe(loans.length);
        for (const c of report.currencies) {
          expect(c.buckets.reduce((n, b) => n + b.loanCount, 0)).toBe(c.loanCount);
          expect(c.buckets.reduce((n, b) => n + b.principalMinor, 0n)).toBe(c.outstanding.principalMinor);
          expect(c.buckets.reduce((n, b) => n + b.totalMinor, 0n)).toBe(c.outstanding.totalMinor);
          const at = (days: number) =>
            active
              .filter((l) => l.currency === c.currency && l.daysPastDue >= days)
              .reduce((n, l) => n + l.principalMinor, 0n);
          expect(c.par.map((p) => p.principalMinor)).toEqual(options.parDays.map(at));
          for (let k = 1; k < c.par.length; k++) {
            expect((c.par[k]?.principalMinor ?? 0n) <= (c.par[k - 1]?.principalMinor ?? 0n)).toBe(true);
          }
        }
      }),
    );
  });
});

describe("roll rate properties", () => {
  const pair = fc
    .tuple(fc.array(loanArbitrary, { maxLength: 50 }), fc.array(fc.option(loanArbitrary, { nil: undefined })))
    .map(([first, second]) => {
      const start: LoanSummary[] = first.map((f, i) => summary(`L${i}`, "2026-03-31", f));
      const end: LoanSummary[] = [];
      first.forEach((f, i) => {
        const next = second[i];
        if (next !== undefined) end.push(summary(`L${i}`, "2026-04-30", { ...next, currency: f.currency }));
      });
      return { start, end };
    });

  it("each row's cells sum to the starting bucket's count and principal; every active loan is in one row", () => {
    fc.assert(
      fc.property(pair, ({ start, end }) => {
        const report = buildRollRates(start, date("2026-03-31"), end, date("2026-04-30"), options);
        let rowsTotal = 0;
        for (const c of report.currencies) {
          for (const row of c.rows) {
            rowsTotal += row.loanCount;
            expect(row.cells.reduce((n, cell) => n + cell.loanCount, 0)).toBe(row.loanCount);
            expect(row.cells.reduce((n, cell) => n + cell.startPrincipalMinor, 0n)).toBe(row.startPrincipalMinor);
          }
        }
        expect(rowsTotal).toBe(start.filter((s) => s.status === "active").length);
      }),
    );
  });
});
