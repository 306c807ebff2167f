import * as iso4217 from "dinero.js/bigint/currencies";
import { describe, expect, it } from "vitest";
import { currencyCodes, getCurrency } from "./currency.js";

describe("currencies come from dinero.js's ISO 4217 data", () => {
  // Minor-unit digits per ISO 4217 (SIX list): USD 2, JPY 0, KWD 3, CLF 4; XCG replaced ANG in 2025.
  it.each([
    ["USD", 2],
    ["JPY", 0],
    ["KWD", 3],
    ["CLF", 4],
    ["XCG", 2],
  ])("%s has %i minor-unit digits", (code, exponent) => {
    expect(getCurrency(code)).toEqual({ ok: true, value: { code, exponent } });
  });

  it("lists every code dinero.js ships, and only those", () => {
    expect(currencyCodes).toEqual(
      Object.values(iso4217)
        .map((currency) => currency.code)
        .sort(),
    );
  });

  it("gives MGA and MRU ISO 4217's two decimal digits, not dinero.js's base-5 unit", () => {
    expect(getCurrency("MGA")).toEqual({ ok: true, value: { code: "MGA", exponent: 2 } });
    expect(getCurrency("MRU")).toEqual({ ok: true, value: { code: "MRU", exponent: 2 } });
  });

  it("refuses an unknown code with unknown_currency", () => {
    const result = getCurrency("ZZZ", ["currency"]);
    expect(result.ok ? undefined : result.error).toMatchObject({ code: "unknown_currency", path: ["currency"] });
  });
});
