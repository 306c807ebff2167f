import { describe, expect, it } from "vitest";
import { InvariantError } from "../errors/index.js";
import { formatMoney, minorToDecimalString } from "./format.js";

// Expected strings: the CLDR en-US currency patterns as Node's ICU prints them (symbol for USD and
// JPY, the ISO code and a no-break space for KWD) with the ISO 4217 minor-unit digits.
const nbsp = "\u00a0";

describe("formatMoney", () => {
  it.each([
    [125000n, "USD", "$1,250.00"],
    [1250n, "JPY", "¥1,250"],
    [1250n, "KWD", `KWD${nbsp}1.250`],
    [-5n, "USD", "-$0.05"],
    [0n, "KWD", `KWD${nbsp}0.000`],
    // 2^70 cents: a float would print 11805916207174113000000.00; the exact digits survive.
    [2n ** 70n, "USD", "$11,805,916,207,174,113,034.24"],
  ] as const)("%s %s -> %s", (amount, currency, want) => {
    expect(formatMoney(amount, currency)).toBe(want);
  });

  it("honors the locale", () => {
    expect(formatMoney(-125050n, "EUR", "de-DE")).toBe(`-1.250,50${nbsp}€`);
  });

  it("throws for an unknown currency", () => {
    expect(() => formatMoney(1n, "XXX")).toThrow(InvariantError);
  });
});

describe("minorToDecimalString", () => {
  it.each([
    [125000n, "USD", "1250.00"],
    [1250n, "JPY", "1250"],
    [1250n, "KWD", "1.250"],
    [5n, "KWD", "0.005"],
    [-5n, "USD", "-0.05"],
  ] as const)("%s %s -> %s", (amount, currency, want) => {
    expect(minorToDecimalString(amount, currency)).toBe(want);
  });
});
