import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { InvariantError } from "../errors/index.js";
import { formatDecimal } from "../money/index.js";
import { options, summary } from "./fixtures.js";
import { buildRollRates } from "./roll-rates.js";

const from = "2026-03-31";
const to = "2026-04-30";
// Start: A current, B and C 1-30, D 31-60, P paid off already (not in the portfolio).
const start = [
  summary("A", from, { principalMinor: 100_000n }),
  summary("B", from, { daysPastDue: 10, principalMinor: 50_000n }),
  summary("C", from, { daysPastDue: 20, principalMinor: 40_000n }),
  summary("D", from, { daysPastDue: 40, principalMinor: 30_000n }),
  summary("P", from, { status: "paid-off" }),
];
// End: A still current, B rolled to 31-60, C paid off, D has no summary, N is new (current).
const end = [
  summary("A", to, { principalMinor: 90_000n }),
  summary("B", to, { daysPastDue: 40, principalMinor: 50_000n }),
  summary("C", to, { status: "paid-off" }),
  summary("P", to, { status: "paid-off" }),
  summary("N", to, { principalMinor: 70_000n }),
];

describe("buildRollRates", () => {
  const report = buildRollRates(start, date(from), end, date(to), options);
  const usd = report.currencies[0];
  const row = (name: string) => usd?.rows.find((r) => r.from === name);
  const cell = (fromName: string, toName: string) => row(fromName)?.cells.find((c) => c.to === toName);

  it("has every bucket as a row and column, then the exits some loan took", () => {
    expect(usd?.columns).toEqual(["current", "1-30", "31-60", "61-90", "91-120", "120+", "paid-off", "not-reported"]);
    expect(usd?.rows.map((r) => [r.from, r.loanCount, r.startPrincipalMinor])).toEqual([
      ["current", 1, 100_000n],
      ["1-30", 2, 90_000n],
      ["31-60", 1, 30_000n],
      ["61-90", 0, 0n],
      ["91-120", 0, 0n],
      ["120+", 0, 0n],
    ]);
  });

  it("moves each loan to its end bucket or exit, by count and balance", () => {
    expect(cell("current", "current")).toMatchObject({
      loanCount: 1,
      startPrincipalMinor: 100_000n,
      endPrincipalMinor: 90_000n,
    });
    // Row 1-30 (90,000): B's 50,000 rolled to 31-60 = 0.555555… of the balance, C's 40,000 paid off = 0.444444…
    const rates = (fromName: string, toName: string) => {
      const found = cell(fromName, toName);
      return found && [found.loanCount, formatDecimal(found.countRate), formatDecimal(found.balanceRate)];
    };
    expect(rates("1-30", "31-60")).toEqual([1, "0.500000", "0.555556"]);
    expect(rates("1-30", "paid-off")).toEqual([1, "0.500000", "0.444444"]);
    expect(cell("31-60", "not-reported")).toMatchObject({
      loanCount: 1,
      startPrincipalMinor: 30_000n,
      endPrincipalMinor: 0n,
    });
    expect(rates("61-90", "61-90")).toEqual([0, "0.000000", "0.000000"]);
  });

  it("counts loans new to the portfolio apart", () => {
    expect(usd?.newLoans[0]).toEqual({ to: "current", loanCount: 1, endPrincipalMinor: 70_000n });
    expect(usd?.newLoans.slice(1).every((n) => n.loanCount === 0)).toBe(true);
  });

  it("refuses dates out of order, duplicates and currency changes (bugs)", () => {
    expect(() => buildRollRates(end, date(to), start, date(from), options)).toThrow(InvariantError);
    const again = start[0] ? [start[0], start[0]] : [];
    expect(() => buildRollRates(again, date(from), end, date(to), options)).toThrow(InvariantError);
    const moved = [summary("A", to, { currency: "EUR", principalMinor: 1n })];
    expect(() => buildRollRates(start, date(from), moved, date(to), options)).toThrow(InvariantError);
  });
});
