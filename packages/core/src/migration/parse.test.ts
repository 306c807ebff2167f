import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { makeLoan, on } from "../servicing/fixtures.js";
import type { ImportRecord } from "./export.js";
import { exportLoan, toCsv } from "./export.js";
import { parseImport } from "./parse.js";

const loan = makeLoan();
const events = [
  { id: "dsb_1", type: "disbursement" as const, effectiveDate: on("2026-01-01"), amountMinor: 1_000_000n },
  { id: "pmt_1", type: "payment" as const, effectiveDate: on("2026-02-01"), amountMinor: 84_990n },
];
const good: ImportRecord = unwrap(
  exportLoan({ sourceId: "L1", borrowerReference: "B1", loan, events, asOf: on("2026-02-10") }),
);
const line = (changes: Record<string, unknown>) => JSON.stringify({ ...good, ...changes });
const history = good.history as ReadonlyArray<Record<string, unknown>>;
const terms = good.terms as Record<string, unknown>;

describe("parseImport: JSON Lines", () => {
  it("parses a good row into a loan with its history and figures", () => {
    const parsed = parseImport(`${line({})}\n`, "jsonl");
    expect(parsed.errors).toEqual([]);
    expect(parsed.total).toBe(1);
    expect(parsed.rows[0]).toMatchObject({ row: 1, sourceId: "L1", borrowerReference: "B1", history: events });
    expect(parsed.rows[0]?.loan).toEqual(loan);
  });

  it("lists each bad row with its line, field path, code and reason, and keeps none of it", () => {
    const text = [
      line({}),
      "{not json",
      line({ sourceId: "L3", borrowerReference: undefined }),
      line({ sourceId: "L4", history: [history[0], { ...history[1], amountMinor: "849.90" }] }),
      "",
      line({ sourceId: "L6", terms: { ...terms, rounding: { ...(terms.rounding as object), mode: "nearest" } } }),
      line({ sourceId: "L7", colour: "blue" }),
      line({ sourceId: "L8", terms: { ...terms, numberOfPayments: 0 } }),
      line({}),
      line({ sourceId: "L10", history: [] }),
      line({
        sourceId: "L11",
        opening: { asOf: "2026-02-10", principalMinor: "5000.5", interestMinor: "0", feesMinor: "0", daysPastDue: 0 },
      }),
      line({ sourceId: "L12", productId: "prd_missing", policy: undefined }),
    ].join("\n");
    const parsed = parseImport(text, "jsonl");
    expect(parsed.total).toBe(11);
    expect(parsed.rows.map((r) => r.sourceId)).toEqual(["L1"]);
    const summary = parsed.errors.map((e) => [e.row, e.path, e.code]);
    expect(summary).toEqual([
      [2, "", "invalid_json"],
      [3, "borrowerReference", "invalid_field"],
      [4, "history[1].amountMinor", "invalid_field"],
      [6, "terms.rounding.mode", "invalid_field"],
      [7, "colour", "unknown_field"],
      [8, "terms.numberOfPayments", "invalid_term"],
      [9, "sourceId", "duplicate_source_id"],
      [10, "history", "history_required"],
      [11, "opening.principalMinor", "invalid_field"],
      [12, "productId", "unknown_product"],
      [12, "policy", "policy_required"],
    ]);
    expect(parsed.errors.find((e) => e.row === 4)?.reason).toMatch(/whole number/);
    expect(parsed.errors.find((e) => e.row === 4)?.sourceId).toBe("L4");
  });

  it("takes terms and policy from a product, the row's terms overriding", () => {
    const { rounding: _rounding, principalMinor: _principal, ...rest } = terms;
    const product = { terms: { rounding: loan.terms.rounding, principalMinor: 5n }, policy: loan.policy };
    const text = line({ productId: "prd_1", policy: undefined, terms: { ...rest, principalMinor: "1000000" } });
    const parsed = parseImport(text, "jsonl", { products: (id) => (id === "prd_1" ? product : undefined) });
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0]?.productId).toBe("prd_1");
    expect(parsed.rows[0]?.loan).toEqual(loan);
    const byDefault = parseImport(line({ policy: undefined }), "jsonl", {
      products: (id) => (id === "prd_1" ? product : undefined),
      defaultProductId: "prd_1",
    });
    expect(byDefault.rows[0]).toMatchObject({ productId: "prd_1", loan });
  });
});

describe("parseImport: CSV", () => {
  it("maps the header's field paths onto the same row object", () => {
    const csv = toCsv([good]);
    const parsed = parseImport(csv, "csv");
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0]).toMatchObject({ row: 2, sourceId: "L1", history: events });
    expect(parsed.rows[0]?.loan).toEqual(loan);
  });

  it("names the column of each error, counting the header as row 1", () => {
    const bad = { ...good, sourceId: "L2", terms: { ...terms, principalMinor: "ten" } };
    const badHistory = {
      ...good,
      sourceId: "L3",
      history: [history[0], { ...history[1], effectiveDate: "2026-02-30" }],
    };
    const csv = `${toCsv([good, bad, badHistory])}L4,B4\r\n`;
    const parsed = parseImport(csv, "csv");
    expect(parsed.rows.map((r) => r.sourceId)).toEqual(["L1"]);
    expect(parsed.errors.map((e) => [e.row, e.column, e.path, e.code])).toEqual([
      [3, "terms.principalMinor", "terms.principalMinor", "invalid_field"],
      [4, "history", "history[1].effectiveDate", "invalid_field"],
      [5, undefined, "", "wrong_cell_count"],
    ]);
  });

  it("refuses a JSON cell that does not parse, and a header naming a column twice", () => {
    const [header, data] = toCsv([good]).split("\r\n");
    const broken = parseImport(`${header}\r\n${data?.replace('"[{', '"[{{')}\r\n`, "csv");
    expect(broken.errors).toMatchObject([{ row: 2, column: "history", path: "history", code: "invalid_json" }]);
    const twice = parseImport(`sourceId,sourceId\r\nL1,L1\r\n`, "csv");
    expect(twice.errors).toMatchObject([{ row: 1, column: "sourceId", code: "duplicate_column" }]);
    expect(twice.rows).toEqual([]);
  });
});
