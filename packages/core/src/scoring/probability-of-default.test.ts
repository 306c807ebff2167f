import { describe, expect, it } from "vitest";
import { formatDecimal } from "../money/index.js";
import { probabilityOfDefault } from "./probability-of-default.js";

describe("probabilityOfDefault", () => {
  // 600 points at 50:1 with PDO 20 (the example in shared/reference/rule-engine-notes.md §5.1).
  // Closed form: odds = 50 · 2^((score − 600)/20); PD = 1/(1 + odds).
  const scale = { baseScore: 600, baseOdds: "50", pointsToDoubleOdds: 20 };
  const cases = [
    { score: 600, want: "0.019608" }, // 1/51 = 0.0196078…
    { score: 620, want: "0.009901" }, // odds 100: 1/101 = 0.00990099…
    { score: 580, want: "0.038462" }, // odds 25: 1/26 = 0.0384615…
    { score: 640, want: "0.004975" }, // odds 200: 1/201 = 0.00497512…
    { score: 500, want: "0.390244" }, // odds 50/32 = 1.5625: 1/2.5625 = 0.3902439…
  ];
  it.each(cases)("score $score gives PD $want", ({ score, want }) => {
    const pd = probabilityOfDefault(score, scale, { scale: 6, mode: "half-even" });
    expect(pd.ok && formatDecimal(pd.value)).toBe(want);
  });

  it("uses the named rounding mode", () => {
    // 1/51 = 0.01960784…: down gives 0.0196, up gives 0.0197.
    const down = probabilityOfDefault(600, scale, { scale: 4, mode: "down" });
    const up = probabilityOfDefault(600, scale, { scale: 4, mode: "up" });
    expect(down.ok && formatDecimal(down.value)).toBe("0.0196");
    expect(up.ok && formatDecimal(up.value)).toBe("0.0197");
  });

  it("R scorecard default: 600 at 1/19 bad:good (19:1 good:bad), PDO 50, 650 → odds 38, PD 1/39", () => {
    const pd = probabilityOfDefault(
      650,
      { baseScore: 600, baseOdds: "19", pointsToDoubleOdds: 50 },
      { scale: 6, mode: "half-even" },
    );
    expect(pd.ok && formatDecimal(pd.value)).toBe("0.025641"); // 1/39 = 0.02564102…
  });

  const bad = [
    { name: "zero odds", scale: { ...scale, baseOdds: "0" } },
    { name: "odds not a decimal", scale: { ...scale, baseOdds: "fifty" } },
    { name: "zero PDO", scale: { ...scale, pointsToDoubleOdds: 0 } },
    { name: "infinite base", scale: { ...scale, baseScore: Number.POSITIVE_INFINITY } },
  ];
  it.each(bad)("refuses $name", ({ scale: broken }) => {
    const pd = probabilityOfDefault(600, broken, { scale: 6, mode: "half-even" });
    expect(pd.ok ? "" : pd.error.code).toBe("invalid_score_scale");
  });
});
