import { describe, expect, it } from "vitest";
import { dec, formatDecimal } from "./decimal.js";
import { type MoneyInputOptions, parseMoneyInput, parseRate, percentToRatio } from "./parse.js";

// Expected codes: the API contract in DESIGN.md ("Money is an integer in the currency's minor unit").
describe("parseMoneyInput", () => {
  const accepted: ReadonlyArray<[unknown, bigint, string]> = [
    [{ amount: 125000, currency: "USD" }, 125000n, "USD"],
    [{ amount: "125000", currency: "USD" }, 125000n, "USD"],
    [{ amount: 1250n, currency: "JPY" }, 1250n, "JPY"],
    [{ amount: "10000000000000", currency: "KWD" }, 10_000_000_000_000n, "KWD"], // the ceiling, 10^13, as a string
    [{ amount: 10_000_000_000_000, currency: "USD" }, 10_000_000_000_000n, "USD"],
  ];
  it.each(accepted)("accepts %o", (input, amountMinor, currency) => {
    expect(parseMoneyInput(input)).toEqual({ ok: true, value: { amountMinor, currency } });
  });

  const refused: ReadonlyArray<[unknown, string, MoneyInputOptions?]> = [
    [{ amount: 12.5, currency: "USD" }, "invalid_amount"], // 12.5 cents
    [{ amount: "12.5", currency: "USD" }, "invalid_amount"],
    [{ amount: "1e3", currency: "USD" }, "invalid_amount"],
    [{ amount: Number.NaN, currency: "USD" }, "invalid_amount"],
    [{ amount: Number.POSITIVE_INFINITY, currency: "USD" }, "amount_out_of_range"],
    [{ amount: " 12", currency: "USD" }, "invalid_amount"],
    [{ amount: "+12", currency: "USD" }, "invalid_amount"],
    [{ amount: "", currency: "USD" }, "invalid_amount"],
    [{ amount: "1".repeat(31), currency: "USD" }, "invalid_amount"],
    [{ amount: null, currency: "USD" }, "invalid_amount"],
    [{ currency: "USD" }, "invalid_amount"],
    // The ceiling is maxAmountMinor (10^13): above it, and anything a JSON number cannot carry exactly, is out of range.
    [{ amount: 10_000_000_000_001, currency: "USD" }, "amount_out_of_range"],
    [{ amount: -10_000_000_000_001, currency: "USD" }, "amount_out_of_range", { allowNegative: true }],
    [{ amount: "9007199254740993", currency: "USD" }, "amount_out_of_range"],
    [{ amount: 2 ** 53, currency: "USD" }, "amount_out_of_range"],
    [{ amount: 1e21, currency: "USD" }, "amount_out_of_range"],
    [{ amount: -1, currency: "USD" }, "negative_amount"],
    [{ amount: "-1", currency: "USD" }, "negative_amount", { allowZero: true }],
    [{ amount: 0, currency: "USD" }, "zero_amount"],
    [{ amount: 0, currency: "USD" }, "zero_amount", { allowNegative: true }],
    [{ amount: 1, currency: "usd" }, "unknown_currency"],
    [{ amount: 1, currency: "XYZ" }, "unknown_currency"],
    [{ amount: 1 }, "unknown_currency"],
    [null, "invalid_money"],
    ["125000 USD", "invalid_money"],
    [[125000, "USD"], "invalid_money"],
  ];
  it.each(refused)("refuses %j with %s", (input, code, options) => {
    const parsed = parseMoneyInput(input, options);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe(code);
  });

  it("refuses a bigint above the ceiling too", () => {
    const parsed = parseMoneyInput({ amount: 10_000_000_000_001n, currency: "USD" });
    expect(!parsed.ok && parsed.error.code).toBe("amount_out_of_range");
  });

  it("allows zero and negative amounts when asked", () => {
    expect(parseMoneyInput({ amount: 0, currency: "USD" }, { allowZero: true }).ok).toBe(true);
    expect(parseMoneyInput({ amount: -5, currency: "USD" }, { allowNegative: true }).ok).toBe(true);
  });

  it("points at the bad field under the given path", () => {
    const amount = parseMoneyInput({ amount: 1.5, currency: "USD" }, {}, ["payment", "money"]);
    expect(!amount.ok && amount.error.path).toEqual(["payment", "money", "amount"]);
    const currency = parseMoneyInput({ amount: 1, currency: "ZZZ" }, {}, ["fee"]);
    expect(!currency.ok && currency.error.path).toEqual(["fee", "currency"]);
  });
});

describe("parseRate", () => {
  it.each([
    ["7.25", "7.25"],
    ["0", "0"],
    ["36", "36"],
    ["0.0000000001", "0.0000000001"], // 10 decimals: the default limit
  ])("parses %s exactly", (text, want) => {
    const parsed = parseRate(text);
    expect(parsed.ok && formatDecimal(parsed.value)).toBe(want);
  });

  it.each([
    ["7,25", "invalid_rate"],
    ["7.25%", "invalid_rate"],
    ["1e2", "invalid_rate"],
    ["NaN", "invalid_rate"],
    ["", "invalid_rate"],
    [".5", "invalid_rate"],
    ["0.12345678901234567890", "invalid_rate"], // 20 decimals
    ["-1", "rate_out_of_range"], // below the default minimum of 0
  ])("refuses %s with %s", (text, code) => {
    const parsed = parseRate(text);
    expect(!parsed.ok && parsed.error.code).toBe(code);
  });

  it("applies maxDecimals, min and max (inclusive)", () => {
    expect(parseRate("7.255", { maxDecimals: 2 }).ok).toBe(false);
    expect(parseRate("36", { max: dec("36") }).ok).toBe(true);
    const over = parseRate("36.01", { max: dec("36") }, ["terms", "rate"]);
    expect(over.ok).toBe(false);
    if (!over.ok) {
      expect(over.error).toMatchObject({ code: "rate_out_of_range", path: ["terms", "rate"] });
      expect(over.error.details).toEqual({ min: "0", max: "36" });
    }
    expect(parseRate("-0.5", { min: dec("-1") }).ok).toBe(true);
    expect(parseRate(7.25 as unknown as string).ok).toBe(false); // a JSON float is not a rate
  });

  it("converts a percentage to a ratio exactly", () => {
    expect(formatDecimal(percentToRatio(dec("7.25")))).toBe("0.0725");
  });
});
