import { describe, expect, it } from "vitest";
import { parseBankStatement } from "./bank-statement.js";
import type { ParsedField } from "./fields.js";
import { at, bankStatementItems, type Layout, payStubItems } from "./fixtures.js";
import { parsePayStub } from "./pay-stub.js";

const values = (fields: ReadonlyArray<ParsedField>) =>
  Object.fromEntries(fields.map((field) => [field.name, field.value]));
const byName = (fields: ReadonlyArray<ParsedField>, name: string) => fields.find((field) => field.name === name);

describe("parsePayStub", () => {
  it.each(["right", "below", "inline"] as Layout[])("reads every figure of a %s-labelled stub", (layout) => {
    const fields = parsePayStub(payStubItems(layout));
    expect(values(fields)).toEqual({
      employerName: "Acme Widgets, Inc.",
      employeeName: "Ada Lovelace",
      payPeriodStart: "2026-03-02",
      payPeriodEnd: "2026-03-15",
      payDate: "2026-03-20",
      grossPay: 192_308n,
      netPay: 148_012n,
      ytdGrossPay: 1_153_848n,
      ytdNetPay: 888_072n,
      // 14 days, 02 to 15 March: biweekly (inferred)
      payFrequency: "biweekly",
      // 192,308 × 26 / 12 = 416,667.33… → 416,667 (half-up)
      monthlyIncome: 416_667n,
    });
  });

  it("says where each figure was and how sure it is", () => {
    const fields = parsePayStub(payStubItems("right"));
    expect(byName(fields, "grossPay")).toMatchObject({
      confidence: 0.95,
      page: 1,
      bbox: { x: 260, y: 580, width: 54, height: 10 },
    });
    expect(byName(fields, "ytdGrossPay")).toMatchObject({ confidence: 0.8, page: 1, bbox: { x: 400, y: 580 } });
    expect(byName(fields, "payFrequency")).toMatchObject({ confidence: 0.8, page: null, bbox: null });
    expect(byName(fields, "monthlyIncome")).toMatchObject({ confidence: 0.8, page: 1, bbox: { x: 260, y: 580 } });
    expect(byName(parsePayStub(payStubItems("below")), "payDate")).toMatchObject({ confidence: 0.85 });
  });

  it("takes a stated frequency over the inferred one, and YTD by its own label", () => {
    const fields = parsePayStub([
      at("GROSS PAY", 72, 700),
      at("$2,500.00", 200, 700),
      at("Pay frequency: Semi-Monthly", 72, 680),
      at("YTD Gross: $15,000.00", 72, 660),
      at("Period Start 03/01/2026", 72, 640),
      at("Period End", 300, 640),
      at("03/15/2026", 380, 640),
    ]);
    expect(values(fields)).toEqual({
      payPeriodStart: "2026-03-01",
      payPeriodEnd: "2026-03-15",
      grossPay: 250_000n,
      ytdGrossPay: 1_500_000n,
      payFrequency: "semi-monthly",
      monthlyIncome: 500_000n,
    });
    expect(byName(fields, "payFrequency")?.confidence).toBe(0.95);
  });

  it("does not take a YTD figure for the current one, nor a label for a value", () => {
    const fields = parsePayStub([at("YTD Gross Pay", 72, 700), at("$9,000.00", 200, 700), at("Net Pay", 72, 680)]);
    expect(values(fields)).toEqual({ ytdGrossPay: 900_000n });
  });

  it("reads nothing from no text", () => {
    expect(parsePayStub([])).toEqual([]);
  });
});

describe("parseBankStatement", () => {
  it.each(["right", "below", "inline"] as Layout[])("reads every figure of a %s-labelled statement", (layout) => {
    const fields = parseBankStatement(bankStatementItems(layout));
    expect(values(fields)).toEqual({
      accountHolder: "Ada Lovelace",
      periodStart: "2026-03-01",
      periodEnd: "2026-03-31",
      openingBalance: 250_000n,
      closingBalance: 120_411n,
      totalDeposits: 833_334n,
      // the NSF fee and the overdraft fee; not the period's total, nor the protection notice
      nsfCount: 2,
    });
    expect(byName(fields, "nsfCount")).toMatchObject({ page: 2, confidence: 0.9, bbox: { x: 72, y: 680 } });
  });

  it("counts no fees on a clean statement, at no place", () => {
    const fields = parseBankStatement([at("Ending Balance", 72, 700), at("$10.00", 200, 700)]);
    expect(fields).toEqual([
      { name: "closingBalance", kind: "money", value: 1_000n, confidence: 0.95, page: 1, bbox: expect.anything() },
      { name: "nsfCount", kind: "count", value: 0, confidence: 0.8, page: null, bbox: null },
    ]);
  });
});
