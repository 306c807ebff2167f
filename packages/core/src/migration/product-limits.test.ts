import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { demoProducts } from "../products/demo-products.js";
import { makeLoan, on } from "../servicing/fixtures.js";
import { exportLoan, toCsv } from "./export.js";
import { parseImport } from "./parse.js";

// The demo personal loan: USD, $1,000.00-$50,000.00, 12-60 monthly payments, 7.99 %-35.99 % a year.
const personalLoan = demoProducts[0]!;
const row = (sourceId: string, terms: Record<string, unknown>) => {
  const loan = makeLoan({ annualRatePercent: "12", ...terms });
  const events = [
    {
      id: "dsb_1",
      type: "disbursement" as const,
      effectiveDate: on("2026-01-01"),
      amountMinor: loan.terms.principalMinor,
    },
  ];
  return unwrap(exportLoan({ sourceId, borrowerReference: "B", loan, events, asOf: on("2026-01-10") }));
};

describe("product limits on import rows", () => {
  it("refuses each term outside the product's limits, by row, field and column, and keeps the rest", () => {
    const records = [
      row("OK", {}),
      row("RATE", { annualRatePercent: "7.989" }),
      row("BIG", { principalMinor: 5_000_001n, annualRatePercent: "36" }),
      row("SHORT", { numberOfPayments: 6 }),
    ];
    const products = () => ({ terms: {}, policy: makeLoan().policy, definition: personalLoan });
    const parsed = parseImport(toCsv(records), "csv", { products, defaultProductId: "prd_demo" });
    expect(parsed.rows.map((r) => r.sourceId)).toEqual(["OK"]);
    expect(parsed.errors.map((e) => [e.row, e.sourceId, e.path, e.column, e.code])).toEqual([
      [3, "RATE", "terms.annualRatePercent", "terms.annualRatePercent", "rate_out_of_range"],
      [4, "BIG", "terms.principalMinor", "terms.principalMinor", "amount_out_of_range"],
      [4, "BIG", "terms.annualRatePercent", "terms.annualRatePercent", "rate_out_of_range"],
      [5, "SHORT", "terms.numberOfPayments", "terms.numberOfPayments", "term_out_of_range"],
    ]);
  });

  it("checks nothing when the product gives no definition", () => {
    const products = () => ({ terms: {}, policy: makeLoan().policy });
    const parsed = parseImport(toCsv([row("RATE", { annualRatePercent: "2" })]), "csv", {
      products,
      defaultProductId: "p",
    });
    expect(parsed.errors).toEqual([]);
  });
});
