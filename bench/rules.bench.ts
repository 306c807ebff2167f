/**
 * The decision-engine benchmark (issue 4, "Speed"): `demoUnderwritingRuleSet` — 23 rules and a
 * 6-attribute COLLECT SUM scorecard — over 100,000 seeded applicants, written four ways. Every
 * engine must agree with the hand-written function on every applicant before anything is timed.
 * Results are consumed one at a time and dropped; nothing accumulates during timing.
 */

import { demoUnderwritingRuleSet } from "../packages/core/src/demo/index.js";
import type { CompiledRuleSet } from "../packages/core/src/rules/index.js";
import { compileRuleSet, evaluate } from "../packages/core/src/rules/index.js";
import { type Applicant, generateApplicants, type Outcome, outcomeKey } from "./fixtures/rules-applicants.js";
import { decideByHand } from "./fixtures/rules-handwritten.js";
import { buildJsonRulesEngine, decideWithJsonRulesEngine } from "./fixtures/rules-json-rules-engine.js";
import { buildZenDecision, decideWithZen } from "./fixtures/rules-zen.js";
import { type BenchResult, consume, operationsPerSecond, type Suite, throughputResult } from "./harness.js";

const applicantCount = 100_000;
/** The async engines are timed on a prefix of the population (they are checked on all of it). */
const slowSampleSize = { jsonRulesEngine: 10_000, zen: 20_000 };
const asyncBatch = 64;

function decideWithLendstack(compiled: CompiledRuleSet, applicant: Applicant): Outcome {
  const result = evaluate(compiled, applicant, { trace: true });
  if (!result.ok) throw new Error(`lendstack refused an applicant: ${result.error.message}`);
  const { decision, reasonCodes, outputs } = result.value;
  return {
    decision,
    reasonCodes,
    rateAdjustment: outputs.rateAdjustment as string,
    maxAmount: outputs.maxAmount as number | null,
    requiredDocuments: outputs.requiredDocuments as string[],
  };
}

async function checkAgreement(
  name: string,
  applicants: ReadonlyArray<Applicant>,
  expected: ReadonlyArray<string>,
  decide: (applicant: Applicant) => Outcome | Promise<Outcome>,
): Promise<void> {
  for (let i = 0; i < applicants.length; i++) {
    const actual = outcomeKey(await decide(applicants[i]!));
    if (actual !== expected[i]) {
      throw new Error(
        `${name} disagrees with the hand-written policy on applicant ${i}: ${JSON.stringify(applicants[i])}\n` +
          `  hand-written: ${expected[i]}\n  ${name}: ${actual}`,
      );
    }
  }
}

/** Median decisions per second of an async engine, awaiting `asyncBatch` decisions at a time. */
async function asyncOperationsPerSecond(
  applicants: ReadonlyArray<Applicant>,
  decide: (applicant: Applicant) => Promise<Outcome>,
  samples = 3,
): Promise<number> {
  const pass = async (): Promise<number> => {
    const start = performance.now();
    let declines = 0;
    for (let i = 0; i < applicants.length; i += asyncBatch) {
      const outcomes = await Promise.all(applicants.slice(i, i + asyncBatch).map(decide));
      for (const outcome of outcomes) if (outcome.decision === "decline") declines += 1;
    }
    consume(declines);
    return applicants.length / ((performance.now() - start) / 1000);
  };
  await pass(); // warm-up
  const rates: number[] = [];
  for (let s = 0; s < samples; s++) rates.push(await pass());
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)]!;
}

function syncOperationsPerSecond(applicants: ReadonlyArray<Applicant>, decide: (a: Applicant) => Outcome): number {
  return operationsPerSecond(() => {
    let declines = 0;
    for (let i = 0; i < applicants.length; i++) if (decide(applicants[i]!).decision === "decline") declines += 1;
    return declines;
  }, applicants.length);
}

const suite: Suite = {
  name: "rules",
  async run(): Promise<ReadonlyArray<BenchResult>> {
    const compiled = compileRuleSet(demoUnderwritingRuleSet);
    if (!compiled.ok) throw new Error(`demo rule set does not compile: ${compiled.error.message}`);
    const applicants = generateApplicants(applicantCount);
    const expected = applicants.map((applicant) => outcomeKey(decideByHand(applicant)));
    const jsonEngine = buildJsonRulesEngine();
    const zen = buildZenDecision();
    await checkAgreement("lendstack", applicants, expected, (a) => decideWithLendstack(compiled.value, a));
    await checkAgreement("json-rules-engine", applicants, expected, (a) => decideWithJsonRulesEngine(jsonEngine, a));
    await checkAgreement("zen-engine", applicants, expected, (a) => decideWithZen(zen.decision, a));

    const handwritten = syncOperationsPerSecond(applicants, decideByHand);
    const lendstack = syncOperationsPerSecond(applicants, (a) => decideWithLendstack(compiled.value, a));
    const untraced = syncOperationsPerSecond(applicants, (a) => {
      const result = evaluate(compiled.value, a, { trace: false });
      return result.ok ? (result.value as unknown as Outcome) : decideByHand(a);
    });
    const jsonSample = applicants.slice(0, slowSampleSize.jsonRulesEngine);
    const jsonRate = await asyncOperationsPerSecond(jsonSample, (a) => decideWithJsonRulesEngine(jsonEngine, a));
    const zenSample = applicants.slice(0, slowSampleSize.zen);
    const zenRate = await asyncOperationsPerSecond(zenSample, (a) => decideWithZen(zen.decision, a));
    zen.engine.dispose();

    const agreed = `all ${applicantCount.toLocaleString("en-US")} applicants agreed with the hand-written function`;
    return [
      throughputResult(
        "rules.underwriting.lendstack",
        lendstack,
        handwritten,
        `trace on (compact record, materialised on read); ${agreed}; trace off ${Math.round(untraced)}/s; ` +
          `${(lendstack / jsonRate).toFixed(0)}x json-rules-engine, ${(lendstack / zenRate).toFixed(1)}x zen-engine`,
      ),
      throughputResult(
        "rules.underwriting.json-rules-engine",
        jsonRate,
        handwritten,
        `timed on the first ${slowSampleSize.jsonRulesEngine} applicants, ${asyncBatch} awaited at a time; scorecard and ratios as dynamic facts`,
      ),
      throughputResult(
        "rules.underwriting.zen-engine",
        zenRate,
        handwritten,
        `timed on the first ${slowSampleSize.zen} applicants, ${asyncBatch} awaited at a time; trace off; JDM: expressions, collect scorecard, collect policy table`,
      ),
      throughputResult("rules.underwriting.handwritten", handwritten, handwritten, `${applicantCount} applicants`),
    ];
  },
};

export default suite;
