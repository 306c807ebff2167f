import { describe, expect, it } from "vitest";
import { InvariantError } from "../errors/index.js";
import { dec } from "./decimal.js";
import {
  addMoney,
  compareMoney,
  currencyOf,
  isZeroMoney,
  money,
  multiplyByRate,
  subtractMoney,
  toMinor,
} from "./money.js";
import type { RoundingMode } from "./rounding.js";

describe("money", () => {
  // Minor-unit exponents from ISO 4217 (SIX list): JPY 0, USD 2, KWD 3.
  it.each([
    ["JPY", 1250n],
    ["USD", 125000n],
    ["KWD", 1250n],
    ["USD", -1n],
    ["USD", 2n ** 70n], // beyond Number.MAX_SAFE_INTEGER, still exact
  ] as const)("%s %s minor units round-trips", (currency, amount) => {
    const m = money(amount, currency);
    expect(toMinor(m)).toBe(amount);
    expect(currencyOf(m)).toBe(currency);
  });

  it("throws an InvariantError for an unknown currency", () => {
    expect(() => money(1n, "XXX")).toThrow(InvariantError);
    expect(() => money(1n, "usd")).toThrow(InvariantError);
  });

  it("adds, subtracts and compares exactly", () => {
    const a = money(10n, "USD");
    const b = money(3n, "USD");
    expect(toMinor(addMoney(a, b))).toBe(13n);
    expect(toMinor(subtractMoney(b, a))).toBe(-7n);
    expect(compareMoney(a, b)).toBe(1);
    expect(compareMoney(b, a)).toBe(-1);
    expect(compareMoney(a, money(10n, "USD"))).toBe(0);
    expect(isZeroMoney(subtractMoney(a, a))).toBe(true);
    expect(isZeroMoney(a)).toBe(false);
  });

  it("refuses to mix currencies (a bug, not bad input)", () => {
    expect(() => addMoney(money(1n, "USD"), money(1n, "EUR"))).toThrow(/currency mismatch/);
    expect(() => subtractMoney(money(1n, "JPY"), money(1n, "KWD"))).toThrow(InvariantError);
    expect(() => compareMoney(money(1n, "USD"), money(1n, "CAD"))).toThrow(InvariantError);
  });
});

describe("multiplyByRate", () => {
  // Expected values: the exact product amount × rate worked by hand, then the IEEE 754-2008
  // rounding direction named in the row.
  const cases: ReadonlyArray<[bigint, string, RoundingMode, bigint]> = [
    [100_000n, "0.0725", "half-even", 7250n], // $1,000.00 × 7.25 % = $72.50 exactly
    [12_345n, "0.0725", "half-even", 895n], // 895.0125
    [12_345n, "0.0725", "up", 896n],
    [10n, "0.05", "half-even", 0n], // 0.5 ties to even 0
    [10n, "0.05", "half-up", 1n], // 0.5 ties away from zero
    [30n, "0.05", "half-even", 2n], // 1.5 ties to even 2
    [-10n, "0.05", "half-up", -1n],
    [-10n, "0.05", "floor", -1n],
    [-10n, "0.05", "ceiling", 0n],
    [1n, "0.999999999999999999", "down", 0n],
    // Daily interest on $250,000.00 at 6.5 % / 365: 250000 × 0.065 / 365 = 44.52054794... dollars.
    [25_000_000n, "0.000178082191780821917808", "half-even", 4452n],
  ];
  it.each(cases)("%s × %s by %s = %s", (amount, rate, mode, want) => {
    expect(multiplyByRate(amount, dec(rate), mode)).toBe(want);
  });
});
