import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare, dec, formatDecimal } from "../money/index.js";
import { lookupRate, type RateGrid, validateRateGrid } from "./rate-grid.js";

/** Rows: score [620..680), [680..740), >= 740; columns: LTV [0..80], (80..100], (100..125]. */
export const autoGrid: RateGrid = {
  scoreEdges: [620, 680, 740],
  ltvEdgesPercent: ["80", "100", "125"],
  ratesPercent: [
    ["12.99", "14.99", null],
    ["8.99", "10.49", "12.49"],
    ["6.49", "7.99", "9.99"],
  ],
};

const rate = (score: number, ltv?: string) => {
  const result = lookupRate(autoGrid, score, ltv === undefined ? undefined : dec(ltv));
  return result.ok
    ? `${formatDecimal(result.value.ratePercent)} ${result.value.scoreBand} ${result.value.ltvBand}`
    : result.error.code;
};

describe("lookupRate", () => {
  // given score and LTV → want the cell and its bands; edges: score lower edge in, LTV upper edge in
  it.each([
    [620, "0", "12.99 [620..680) [0..80]"],
    [679, "80", "12.99 [620..680) [0..80]"],
    [680, "80.01", "10.49 [680..740) (80..100]"],
    [739, "100", "10.49 [680..740) (80..100]"],
    [740, "100.001", "9.99 >= 740 (100..125]"],
    [850, "125", "9.99 >= 740 (100..125]"],
    [619, "50", "score_below_grid"],
    [700, "125.01", "ltv_above_grid"],
    [650, "110", "not_offered"],
  ])("score %i, LTV %s%% → %s", (score, ltv, want) => {
    expect(rate(score, ltv)).toBe(want);
  });

  it("needs an LTV for a grid with LTV columns, not for a one-column grid", () => {
    expect(rate(700)).toBe("ltv_required");
    const unsecured: RateGrid = {
      scoreEdges: [600, 700],
      ltvEdgesPercent: ["999"],
      ratesPercent: [["19.99"], ["11.99"]],
    };
    expect(lookupRate(unsecured, 710)).toMatchObject({ ok: true, value: { ratePercent: dec("11.99") } });
  });

  it("lists every shape problem of a bad grid", () => {
    const bad: RateGrid = {
      scoreEdges: [700, 650],
      ltvEdgesPercent: ["80", "80"],
      ratesPercent: [["x", "1"], ["2"], []],
    };
    expect(validateRateGrid(bad).map((i) => `${i.path.join(".")}:${i.code}`)).toEqual([
      "scoreEdges.1:invalid_band_edge",
      "ltvEdgesPercent.1:invalid_band_edge",
      "ratesPercent:invalid_grid_shape",
      "ratesPercent.0.0:invalid_rate",
      "ratesPercent.1:invalid_grid_shape",
      "ratesPercent.2:invalid_grid_shape",
    ]);
    expect(lookupRate(bad, 700, dec("50"))).toMatchObject({ ok: false, error: { code: "invalid_rate_grid" } });
  });

  it("property: a better score or a lower LTV never prices higher on a monotone grid", () => {
    const ltvs = fc
      .integer({ min: 0, max: 12_500 })
      .map((bp) => dec(`${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, "0")}`));
    fc.assert(
      fc.property(fc.integer({ min: 680, max: 900 }), fc.integer({ min: 0, max: 100 }), ltvs, (score, better, ltv) => {
        const base = lookupRate(autoGrid, score, ltv);
        const improved = lookupRate(autoGrid, score + better, ltv);
        if (!base.ok || !improved.ok) return;
        expect(compare(improved.value.ratePercent, base.value.ratePercent)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
