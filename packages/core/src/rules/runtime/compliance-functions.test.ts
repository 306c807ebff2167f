import { describe, expect, it } from "vitest";
import { sampleUsuryCapTable } from "../../compliance/usury-table.js";
import { unwrap } from "../../errors/index.js";
import { compileRuleSet } from "../compile/compile-rule-set.js";
import type { RuleSetDocumentInput } from "../schema.js";
import { evaluate } from "./evaluate.js";

/** One rule set whose computed values call every compliance function on decimal/string/date facts. */
const doc: RuleSetDocumentInput = {
  schemaVersion: 1,
  id: "compliance-functions",
  arithmetic: { divisionScale: 6, roundingMode: "half-even" },
  defaultDecision: "approve",
  inputs: [
    { name: "apr", type: "decimal", nullable: true },
    { name: "apor", type: "decimal" },
    { name: "lien", type: "string" },
    { name: "amountMinor", type: "number" },
    { name: "onDate", type: "date" },
    { name: "flag", type: "boolean" },
    { name: "state", type: "string" },
  ],
  computed: [
    { name: "mla", expression: "mlaWithinCap(apr, flag)" },
    { name: "qm", expression: "qmPriceWithinThreshold(apr, apor, lien, amountMinor, onDate)" },
    { name: "isHpml", expression: "hpml(apr, apor, lien, flag)" },
    { name: "usury", expression: 'usuryCapOk(state, "consumer-closed-end", "unlicensed", amountMinor, onDate, apr)' },
    { name: "leDue", expression: "tridLoanEstimateDeadline(onDate)" },
  ],
  compliance: { usuryTable: structuredClone(sampleUsuryCapTable) as never, usuryWhenNoRule: "fail" },
  rules: [{ id: "not-mla", when: "not mla", decision: "decline", reasonCodes: ["MLA"] }],
  outputs: [
    { name: "mlaOk", type: "boolean", combine: "first" },
    { name: "qmOk", type: "boolean", combine: "first" },
    { name: "hpmlOut", type: "boolean", combine: "first" },
    { name: "usuryOk", type: "boolean", combine: "first" },
    { name: "due", type: "date", combine: "first" },
  ],
};
doc.rules.push({
  id: "report",
  when: "true",
  set: { mlaOk: "mla", qmOk: "qm", hpmlOut: "isHpml", usuryOk: "usury", due: "leDue" },
});
const compiled = unwrap(compileRuleSet(doc));
const base = { apr: "8.25", apor: "6.75", lien: "first", amountMinor: 30_000_000, onDate: "2026-03-02" };
const run = (facts: Record<string, unknown>) =>
  unwrap(evaluate(compiled, { ...base, flag: false, state: "TX", ...facts }));

describe("compliance functions in the expression language", () => {
  // 32 CFR 232.4(b): MAPR may not exceed 36% for a covered borrower (compliance/military-lending.ts figures).
  it.each([
    ["35.99", true, true],
    ["36", true, true],
    ["36.00", true, true],
    ["36.01", true, false],
    ["50", false, true],
  ])("mlaWithinCap(%s, covered %s) = %s", (apr, flag, want) => {
    expect(run({ apr, flag }).outputs.mlaOk).toBe(want);
  });

  // 12 CFR 1026.35(a)(1): HPML at APR - APOR >= 1.5 first lien, 2.5 first-lien jumbo, 3.5 subordinate.
  it.each([
    ["8.24", "first", false, false],
    ["8.25", "first", false, true],
    ["8.26", "first", false, true],
    ["9.24", "first", true, false],
    ["9.25", "first", true, true],
    ["10.24", "subordinate", false, false],
    ["10.25", "subordinate", false, true],
  ])("hpml(APR %s, APOR 6.75, %s, jumbo %s) = %s", (apr, lien, flag, want) => {
    expect(run({ apr, lien, flag }).outputs.hpmlOut).toBe(want);
  });

  // 12 CFR 1026.43(e)(2)(vi), 2026 bands (90 FR 57890): >= $137,958 first lien 2.25; >= $82,775 3.5; else 6.5.
  it.each([
    ["8.99", 13_795_800, true],
    ["9.00", 13_795_800, false],
    ["9.00", 13_795_799, true],
    ["10.24", 8_277_500, true],
    ["10.25", 8_277_500, false],
    ["13.24", 8_277_499, true],
    ["13.25", 8_277_499, false],
  ])("qmPriceWithinThreshold(APR %s, APOR 6.75, first, %s cents, 2026) = %s", (apr, amountMinor, want) => {
    expect(run({ apr, amountMinor }).outputs.qmOk).toBe(want);
  });

  // Sample usury table: NY unlicensed consumer loans capped at 16% (N.Y. Gen. Oblig. Law § 5-501).
  it.each([
    ["15.99", "NY", true],
    ["16", "NY", true],
    ["16.01", "NY", false],
    ["5", "TX", false], // no rule for TX and usuryWhenNoRule "fail"
  ])("usuryCapOk(rate %s, %s) = %s", (apr, state, want) => {
    expect(run({ apr, state }).outputs.usuryOk).toBe(want);
  });

  // 12 CFR 1026.19(e)(1)(iii)(A): 3rd general business day; compliance/trid-timing.ts worked dates.
  it.each([
    ["2026-11-25", "2026-12-01"], // Wed before Thanksgiving: Fri 27, Mon 30, Tue 1
    ["2026-11-23", "2026-11-27"], // Mon: Tue 24, Wed 25, (Thu 26 holiday) Fri 27
    ["2026-11-24", "2026-11-30"], // Tue: Wed 25, Fri 27, Mon 30
  ])("tridLoanEstimateDeadline(%s) = %s", (onDate, want) => {
    expect(run({ onDate }).outputs.due).toBe(want);
  });

  it("a null argument gives null, so a rule on it does not fire", () => {
    const result = run({ apr: null });
    expect(result.outputs).toMatchObject({ mlaOk: null, qmOk: null, hpmlOut: null, usuryOk: null });
    expect(result.decision).toBe("approve");
  });

  it("records the fired check's code, citation and values in the trace, through computed values", () => {
    const result = run({ apr: "36.01", flag: true });
    expect(result.decision).toBe("decline");
    const fired = result.trace.find((entry) => entry.id === "not-mla");
    expect(fired?.checks).toEqual([
      {
        function: "mlaWithinCap",
        check: "mla_mapr",
        code: "mla_mapr_exceeds_cap",
        passed: false,
        citation: expect.objectContaining({ source: "32 CFR 232.4(b); 10 U.S.C. 987(b)" }),
        values: { maprPercent: "36.01", maxMaprPercent: "36", isCoveredBorrower: "true" },
      },
    ]);
    expect(result.complianceChecks.map((check) => check.code)).toContain("mla_mapr_exceeds_cap");
    expect(result.trace.find((entry) => entry.id === "report")?.checks?.map((c) => c.check)).toEqual([
      "mla_mapr",
      "general_qm_price",
      "higher_priced_mortgage_loan",
      "state_usury",
      "trid_loan_estimate_deadline",
    ]);
  });

  it.each([
    ["mlaWithinCap(apr)", "invalid_arguments"],
    ['mlaWithinCap("36", flag)', "type_mismatch"],
    ["hpml(apr, apor, 1, flag)", "type_mismatch"],
    ["tridLoanEstimateDeadline(apr) == onDate", "type_mismatch"],
  ])("refuses %s with %s", (expression, code) => {
    const bad = { ...doc, rules: [{ id: "bad", when: expression }] };
    const result = compileRuleSet(bad);
    expect(result.ok ? "compiled" : result.error.code).toBe(code);
  });

  it("refuses usuryCapOk without a usury table (missing_table), and takes one at compile time", () => {
    const withoutTable = { ...doc, compliance: undefined };
    const refused = compileRuleSet(withoutTable);
    expect(refused.ok ? "compiled" : refused.error.code).toBe("missing_table");
    expect(refused.ok ? undefined : refused.error.path).toEqual(["computed", 3, "expression"]);
    const given = unwrap(compileRuleSet(withoutTable, { usuryTable: sampleUsuryCapTable, usuryWhenNoRule: "pass" }));
    const facts = { ...base, flag: false, state: "TX" };
    expect(unwrap(evaluate(given, facts)).outputs.usuryOk).toBe(true);
  });
});
