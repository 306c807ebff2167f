import { describe, expect, it } from "vitest";
import { parseMoneyText } from "./money-text.js";

describe("parseMoneyText", () => {
  it.each([
    ["$4,166.67", 416_667n],
    ["4166.67", 416_667n],
    ["  $ 4,166.67 ", 416_667n],
    ["USD 1,000", 100_000n],
    ["12.5", 1_250n],
    ["0.07", 7n],
    ["$0.00", 0n],
    ["(12.50)", -1_250n],
    ["($1,012.50)", -101_250n],
    ["12.50-", -1_250n],
    ["-$35.00", -3_500n],
    ["$-35.00", -3_500n],
    ["+35.00", 3_500n],
    ["-0.00", 0n],
    ["9,999,999,999,999.99", 999_999_999_999_999n],
  ])("%s is %i minor units", (text, want) => {
    expect(parseMoneyText(text)).toEqual({ ok: true, value: want });
  });

  it.each([
    "",
    "$",
    "4,1666.67",
    "41,66.67",
    "4.166",
    "1.2.3",
    "$4,166.67 USD",
    "--5.00",
    "(-5.00)",
    "-5.00-",
    "1e3",
    "Infinity",
    "NaN",
    "Net Pay",
    "03/14/2026",
    "10,000,000,000,000.00",
  ])("refuses %j", (text) => {
    expect(parseMoneyText(text)).toMatchObject({ ok: false, error: { code: "invalid_money_text" } });
  });
});
