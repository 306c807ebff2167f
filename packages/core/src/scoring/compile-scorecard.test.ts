import { describe, expect, it } from "vitest";
import { compileScorecard } from "./compile-scorecard.js";
import { demoScorecard } from "./demo-scorecard.js";

const withBins = (type: "numeric" | "categorical", bins: unknown[]) => ({
  id: "t",
  version: "1",
  baseScore: 100,
  attributes: [{ id: "x", type, reasonCode: "x_reason", bins }],
});

describe("compileScorecard", () => {
  it("compiles the demo scorecard with each attribute's best bin", () => {
    const card = compileScorecard(demoScorecard);
    expect(card.ok).toBe(true);
    if (card.ok) expect(card.value.attributes.map((each) => each.maxPoints)).toEqual([55, 55, 60, 40, 50, 40]);
  });

  // Each case is a document broken in exactly one way; the code is the one compileScorecard documents.
  const cases: ReadonlyArray<{ name: string; doc: unknown; code: string }> = [
    { name: "not an object", doc: "scorecard", code: "invalid_scorecard" },
    { name: "no attributes", doc: { id: "t", version: "1", baseScore: 0, attributes: [] }, code: "invalid_scorecard" },
    {
      name: "fractional points",
      doc: withBins("numeric", [{ kind: "range", points: 1.5 }]),
      code: "invalid_scorecard",
    },
    {
      name: "bound not decimal",
      doc: withBins("numeric", [{ kind: "range", min: "1e3", points: 1 }]),
      code: "invalid_scorecard",
    },
    {
      name: "unknown key",
      doc: withBins("numeric", [{ kind: "range", points: 1, weight: 2 }]),
      code: "invalid_scorecard",
    },
    {
      name: "duplicate attribute",
      doc: {
        id: "t",
        version: "1",
        baseScore: 0,
        attributes: [
          { id: "x", type: "numeric", reasonCode: "r", bins: [{ kind: "range", points: 1 }] },
          { id: "x", type: "numeric", reasonCode: "r", bins: [{ kind: "range", points: 1 }] },
        ],
      },
      code: "duplicate_attribute",
    },
    {
      name: "category bin on numeric",
      doc: withBins("numeric", [{ kind: "category", values: ["a"], points: 1 }]),
      code: "bin_kind_mismatch",
    },
    {
      name: "range bin on categorical",
      doc: withBins("categorical", [{ kind: "range", points: 1 }]),
      code: "bin_kind_mismatch",
    },
    {
      name: "min above max",
      doc: withBins("numeric", [{ kind: "range", min: "5", max: "4", points: 1 }]),
      code: "empty_range",
    },
    {
      name: "[5, 5) is empty",
      doc: withBins("numeric", [{ kind: "range", min: "5", max: "5", points: 1 }]),
      code: "empty_range",
    },
    {
      name: "ranges sharing an inclusive end",
      doc: withBins("numeric", [
        { kind: "range", max: "10", maxInclusive: true, points: 1 },
        { kind: "range", min: "10", points: 2 },
      ]),
      code: "overlapping_bins",
    },
    {
      name: "unbounded ranges",
      doc: withBins("numeric", [
        { kind: "range", points: 1 },
        { kind: "range", min: "100", points: 2 },
      ]),
      code: "overlapping_bins",
    },
    {
      name: "category in two bins",
      doc: withBins("categorical", [
        { kind: "category", values: ["a", "b"], points: 1 },
        { kind: "category", values: ["b"], points: 2 },
      ]),
      code: "overlapping_bins",
    },
    {
      name: "two missing bins",
      doc: withBins("numeric", [
        { kind: "missing", points: 1 },
        { kind: "missing", points: 2 },
      ]),
      code: "duplicate_bin",
    },
  ];
  it.each(cases)("refuses $name with $code", ({ doc, code }) => {
    const result = compileScorecard(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it("accepts ranges that touch at an exclusive end", () => {
    const doc = withBins("numeric", [
      { kind: "range", max: "10", points: 1 },
      { kind: "range", min: "10", points: 2 },
    ]);
    expect(compileScorecard(doc).ok).toBe(true);
  });
});
