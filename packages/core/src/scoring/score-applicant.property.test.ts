import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { compileScorecard } from "./compile-scorecard.js";
import { demoScorecard } from "./demo-scorecard.js";
import { scoreApplicant } from "./score-applicant.js";

const card = unwrap(compileScorecard(demoScorecard));
const count = fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined });
const percent = fc.option(
  fc.integer({ min: 0, max: 20_000 }).map((n) => (n / 100).toFixed(2)),
  { nil: undefined },
);
const applicant = fc.record({
  monthsSinceOldestTrade: count,
  revolvingUtilizationPercent: percent,
  delinquencies30PlusLast24Months: count,
  inquiriesLast6Months: count,
  debtToIncomePercent: percent,
  employmentType: fc.option(fc.constantFrom("salaried", "full-time", "contract", "retired", "gig"), { nil: undefined }),
});

describe("scoreApplicant properties", () => {
  it("is deterministic and the score is the base plus the attribute points", () => {
    fc.assert(
      fc.property(applicant, (facts) => {
        const first = unwrap(scoreApplicant(card, facts));
        const second = unwrap(scoreApplicant(card, { ...facts }));
        expect(second).toEqual(first);
        const sum = first.attributes.reduce((total, each) => total + each.points, card.baseScore);
        expect(first.score).toBe(sum);
      }),
    );
  });

  it("reason codes are ranked non-increasing, positive, and account for every lost point", () => {
    fc.assert(
      fc.property(applicant, (facts) => {
        const result = unwrap(scoreApplicant(card, facts));
        const lost = result.attributes.reduce((total, each) => total + each.pointsBelowMax, 0);
        expect(result.reasonCodes.reduce((total, each) => total + each.pointsBelowMax, 0)).toBe(lost);
        for (const [i, each] of result.reasonCodes.entries()) {
          expect(each.pointsBelowMax).toBeGreaterThan(0);
          const next = result.reasonCodes[i + 1];
          if (next) expect(next.pointsBelowMax).toBeLessThanOrEqual(each.pointsBelowMax);
        }
      }),
    );
  });

  it("more delinquencies never raise the score", () => {
    fc.assert(
      fc.property(applicant, fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (facts, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lowScore = unwrap(scoreApplicant(card, { ...facts, delinquencies30PlusLast24Months: low })).score;
        const highScore = unwrap(scoreApplicant(card, { ...facts, delinquencies30PlusLast24Months: high })).score;
        expect(highScore).toBeLessThanOrEqual(lowScore);
      }),
    );
  });

  it("a number fact scores exactly like its decimal string (the double fast path is exact)", () => {
    // Values at and a hair either side of the demo bounds (10, 30, 36, 43, 50, 80), plus random doubles.
    const nearBound = fc
      .tuple(fc.constantFrom(0, 1, 2, 3, 4, 5, 10, 12, 30, 36, 43, 50, 80, 84), fc.constantFrom(-1e-12, 0, 1e-12, 1e-9))
      .map(([bound, delta]) => bound + delta);
    const value = fc.oneof(nearBound, fc.double({ min: 0, max: 1000, noNaN: true }));
    fc.assert(
      fc.property(applicant, value, (facts, v) => {
        if (String(v).includes("e")) return;
        const asNumber = {
          ...facts,
          debtToIncomePercent: v,
          revolvingUtilizationPercent: v,
          monthsSinceOldestTrade: v,
        };
        const asText = {
          ...facts,
          debtToIncomePercent: String(v),
          revolvingUtilizationPercent: String(v),
          monthsSinceOldestTrade: String(v),
        };
        expect(unwrap(scoreApplicant(card, asNumber))).toEqual(unwrap(scoreApplicant(card, asText)));
      }),
    );
  });
});
