import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unwrap } from "../../errors/index.js";
import { compileRuleSet } from "../compile/compile-rule-set.js";
import { demoUnderwritingRuleSet } from "../demo-underwriting.js";
import type { RuleSetDocument } from "../schema.js";
import { evaluate } from "./evaluate.js";
import { interpretRuleSet } from "./interpret-rule-set.js";

const demo = unwrap(compileRuleSet(demoUnderwritingRuleSet));

/** A rule set that exercises decimals, dates, lists, null handling and every hit policy. */
const mixed: RuleSetDocument = {
  schemaVersion: 1,
  id: "mixed",
  arithmetic: { divisionScale: 3, roundingMode: "half-up" },
  defaultDecision: "refer",
  inputs: [
    { name: "a", type: "number", nullable: true },
    { name: "b", type: "decimal", nullable: true },
    { name: "code", type: "string", nullable: true },
    { name: "opened", type: "date", nullable: true },
    { name: "asOf", type: "date" },
    { name: "tags", type: "list", items: "string", nullable: true },
  ],
  computed: [
    { name: "ratio", expression: "a / b" },
    { name: "scaled", expression: "round(b * 3 - a, 1) ?? -1" },
    { name: "ageMonths", expression: "monthsBetween(opened, asOf)" },
  ],
  tables: [
    {
      id: "first",
      hitPolicy: "first",
      inputs: ["ratio", "code"],
      outputs: [{ name: "band" }],
      rows: [
        { id: "r1", when: ["< 0.5", '"X", "Y"'], set: { band: 1 } },
        { id: "r2", when: ["[0.5..2)", "-"], set: { band: 2 }, decision: "approve" },
        { id: "r3", when: ["null", "-"], set: { band: 3 }, decision: "decline", reasonCodes: ["NO_RATIO"] },
      ],
    },
    {
      id: "sum",
      hitPolicy: "collect",
      aggregation: "sum",
      inputs: ["a", "ageMonths"],
      outputs: [{ name: "points" }],
      rows: [
        { id: "s1", when: ["> 10", "-"], set: { points: "a / 7" } },
        { id: "s2", when: ["-", ">= 12"], set: { points: 2.5 } },
        { id: "s3", when: ["< 0", "< 3"], set: { points: -4 } },
      ],
    },
  ],
  rules: [
    { id: "big", when: "points > 3 or band == 2", decision: "approve", set: { adj: "points" } },
    { id: "neg", when: 'scaled < 0 and not (code in ["X"])', decision: "decline", reasonCodes: ["NEG"] },
    { id: "tag", when: '"HOLD" in tags', decision: "refer", reasonCodes: ["HOLD"], set: { docs: 'code ?? "NONE"' } },
    {
      id: "age",
      when: "yearsBetween(opened, asOf) between 1 and 3",
      set: { adj: "-0.125", days: "daysBetween(opened, asOf)" },
    },
    { id: "cap", when: "isPresent(a)", set: { cap: "max(a, 0) * 2", adj: "abs(b ?? 0)" } },
  ],
  outputs: [
    { name: "adj", type: "decimal", combine: "sum", default: 0 },
    { name: "cap", type: "integer", combine: "min" },
    { name: "days", type: "integer", combine: "first" },
    { name: "docs", type: "list", combine: "list" },
  ],
};
const mixedCompiled = unwrap(compileRuleSet(mixed));

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 5 });
const dateArb = fc
  .date({ min: new Date("2015-01-01T00:00:00Z"), max: new Date("2026-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const decimalText = fc
  .tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: 0, max: 4 }))
  .map(([units, scale]) => (units / 10 ** scale).toFixed(scale));

const mixedFacts = fc.record({
  a: maybe(fc.integer({ min: -50, max: 50 })),
  b: maybe(decimalText),
  code: maybe(fc.constantFrom("X", "Y", "Z")),
  opened: maybe(dateArb),
  asOf: dateArb,
  tags: maybe(fc.array(fc.constantFrom("HOLD", "VIP"), { maxLength: 3 })),
});

const applicantFacts = fc.record({
  creditScore: maybe(fc.integer({ min: 300, max: 850 })),
  monthlyIncome: fc.integer({ min: 0, max: 3_000_000 }),
  monthlyDebt: fc.integer({ min: 0, max: 2_000_000 }),
  requestedAmount: fc.integer({ min: 0, max: 6_000_000 }),
  propertyValue: maybe(fc.integer({ min: 0, max: 50_000_000 })),
  termMonths: fc.integer({ min: 1, max: 120 }),
  employmentMonths: fc.integer({ min: 0, max: 300 }),
  utilizationPercent: fc.integer({ min: 0, max: 100 }),
  inquiriesLast6Months: fc.integer({ min: 0, max: 10 }),
  delinquenciesLast24Months: fc.integer({ min: 0, max: 8 }),
  hasBankruptcy: fc.boolean(),
  monthsSinceBankruptcy: maybe(fc.integer({ min: 0, max: 200 })),
  state: fc.constantFrom("CA", "NY", "TX", "VT", "ND", "WV"),
  bureauFlags: fc.array(fc.constantFrom("FRAUD_ALERT", "OFAC_MATCH", "THIN_FILE"), { maxLength: 2 }),
});

function compiledView(compiled: typeof demo, facts: unknown) {
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

function interpretedView(compiled: typeof demo, facts: unknown) {
  const result = interpretRuleSet(compiled, facts);
  return result.ok ? result.value : { error: result.error.code };
}

describe("compiled evaluation agrees with the tree-walking interpreter", () => {
  it("on the demo underwriting rule set", () => {
    fc.assert(
      fc.property(applicantFacts, (facts) => {
        expect(compiledView(demo, facts)).toEqual(interpretedView(demo, facts));
      }),
      { numRuns: 1_000 },
    );
  });

  it("on a rule set with decimals, dates, lists and nulls", () => {
    fc.assert(
      fc.property(mixedFacts, (facts) => {
        expect(compiledView(mixedCompiled, facts)).toEqual(interpretedView(mixedCompiled, facts));
      }),
      { numRuns: 1_000 },
    );
  });

  it("is deterministic: the same facts give the same result, trace included", () => {
    fc.assert(
      fc.property(applicantFacts, (facts) => {
        expect(JSON.stringify(unwrap(evaluate(demo, facts)))).toBe(JSON.stringify(unwrap(evaluate(demo, facts))));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary JSON facts", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (facts) => {
        const result = evaluate(mixedCompiled, facts);
        if (!result.ok) expect(["invalid_fact", "missing_fact"]).toContain(result.error.code);
      }),
      { numRuns: 500 },
    );
  });
});
