import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unwrap } from "../../errors/index.js";
import { compileRuleSet } from "../compile/compile-rule-set.js";
import type { CompiledRuleSet } from "../compile/plan.js";
import { demoScoredRuleSet } from "../demo-scored.js";
import { evaluate } from "./evaluate.js";
import { interpretRuleSet } from "./interpret-rule-set.js";

/**
 * The compiled engine against the tree-walking oracle on rule sets that declare a scorecard and call
 * compliance functions. The oracle scores by its own exact-decimal bin walk and ranking, and calls
 * the compliance library's checks (`explain`), not the compiled fast paths.
 */
const scored = unwrap(compileRuleSet(demoScoredRuleSet));
const thresholds = unwrap(
  compileRuleSet({
    schemaVersion: 1,
    id: "thresholds",
    arithmetic: { divisionScale: 4, roundingMode: "half-up" },
    defaultDecision: "approve",
    inputs: [
      { name: "apr", type: "decimal", nullable: true },
      { name: "apor", type: "decimal" },
      { name: "lien", type: "string" },
      { name: "jumbo", type: "boolean" },
      { name: "amountMinor", type: "number" },
      { name: "onDate", type: "date" },
    ],
    computed: [{ name: "spread", expression: "apr - apor" }],
    rules: [
      { id: "hpml", when: "hpml(apr, apor, lien, jumbo)", decision: "refer", reasonCodes: ["HPML"] },
      {
        id: "qm",
        when: "not qmPriceWithinThreshold(apr, apor, lien, amountMinor, onDate, jumbo)",
        decision: "decline",
        reasonCodes: ["NOT_QM"],
      },
      { id: "mla", when: "not mlaWithinCap(apr, jumbo)", decision: "decline", reasonCodes: ["MLA"] },
      { id: "due", when: "spread >= 0", set: { due: "tridLoanEstimateDeadline(onDate)" } },
    ],
    outputs: [{ name: "due", type: "date", combine: "first" }],
  }),
);

function compiledView(compiled: CompiledRuleSet, facts: unknown) {
  const result = evaluate(compiled, facts);
  if (!result.ok) return { error: result.error.code };
  const { decision, reasonCodes, outputs, trace } = result.value;
  const fired = trace.map((entry) => (entry.tableId === undefined ? entry.id : `${entry.tableId}/${entry.id}`));
  const scorecards = result.value.scorecards.map(({ name, score, reasonCodes: ranked }) => ({
    name,
    score,
    reasonCodes: ranked.map((each) => each.code),
  }));
  return { decision, reasonCodes, outputs, fired, scorecards };
}

function interpretedView(compiled: CompiledRuleSet, facts: unknown) {
  const result = interpretRuleSet(compiled, facts);
  return result.ok ? result.value : { error: result.error.code };
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 6 });
/** Percentages in hundredths around the thresholds (36%, APOR + 1.5 / 2.25 / 2.5 / 3.5 / 6.5). */
const percent = (min: number, max: number) =>
  fc.integer({ min, max }).map((hundredths) => (hundredths / 100).toFixed(2));
const dateArb = fc
  .date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2026-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const applicants = fc.record({
  monthsSinceOldestTrade: maybe(fc.integer({ min: 0, max: 200 })),
  revolvingUtilizationPercent: maybe(percent(0, 12_000)),
  delinquencies30PlusLast24Months: maybe(fc.integer({ min: 0, max: 6 })),
  inquiriesLast6Months: maybe(fc.integer({ min: 0, max: 8 })),
  debtToIncomePercent: maybe(percent(0, 8_000)),
  employmentType: maybe(fc.constantFrom("salaried", "retired", "contract", "student")),
  maprPercent: percent(3_590, 3_610),
  isCoveredBorrower: fc.boolean(),
  state: fc.constantFrom("NY", "AR", "CA", "TX"),
  lenderType: fc.constantFrom("licensed", "unlicensed"),
  contractRatePercent: percent(900, 2_600),
  loanAmount: fc.integer({ min: 100_000, max: 20_000_000 }),
  applicationDate: dateArb,
});

const loans = fc.record({
  apr: maybe(percent(600, 1_500)),
  apor: percent(600, 700),
  lien: fc.constantFrom("first", "subordinate", "third"),
  jumbo: fc.boolean(),
  amountMinor: fc.constantFrom(8_090_499, 8_090_500, 8_277_499, 8_277_500, 13_484_100, 13_795_799, 13_795_800),
  onDate: dateArb,
});

describe("compiled evaluation agrees with the interpreter on scorecards and compliance functions", () => {
  it("on the demo scored rule set (scorecard, MLA, usury, TRID)", () => {
    fc.assert(
      fc.property(applicants, (facts) => {
        expect(compiledView(scored, facts)).toEqual(interpretedView(scored, facts));
      }),
      { numRuns: 1_000 },
    );
  });

  it("on price thresholds either side of every band and lien", () => {
    fc.assert(
      fc.property(loans, (facts) => {
        expect(compiledView(thresholds, facts)).toEqual(interpretedView(thresholds, facts));
      }),
      { numRuns: 1_000 },
    );
  });

  it("a decline on the score gives at most four reasons, all from the scorecard's ranking", () => {
    fc.assert(
      fc.property(applicants, (facts) => {
        const result = unwrap(evaluate(scored, { ...facts, maprPercent: "10", contractRatePercent: "9" }));
        const ranked = result.scorecards[0]!.reasonCodes.map((each) => each.code);
        if (result.trace.some((entry) => entry.id === "score-cutoff")) {
          expect(result.reasonCodes.length).toBeLessThanOrEqual(4);
          expect(result.reasonCodes).toEqual(ranked.slice(0, 4));
        }
        const lost = result.scorecards[0]!.reasonCodes.map((each) => each.pointsBelowMax);
        expect(lost).toEqual([...lost].sort((a, b) => b - a));
      }),
      { numRuns: 500 },
    );
  });
});
