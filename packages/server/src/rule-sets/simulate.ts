import type { z } from "@hono/zod-openapi";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { type CompiledRuleSet, evaluate, type RuleSetDocument } from "@lendstack/core/rules";
import type { Executor } from "../db/database.js";
import { checkDeclaredFacts } from "../decisions/declared-facts.js";
import { compiledVersion } from "./compiled.js";
import { maxSimulationApplications, type simulationInputSchema } from "./schemas.js";
import { ruleSetNotFound, versionNotFound } from "./service.js";
import { ruleSetsStore } from "./store.js";

/** An outcome in a simulation: a decision, or `error` when the facts do not fit the version's inputs. */
export type SimulationOutcome = "approve" | "refer" | "decline" | "error";
const outcomes: ReadonlyArray<SimulationOutcome> = ["approve", "refer", "decline", "error"];

/** What to simulate (parsed by `simulationInputSchema`: `sampleSize` defaults to 20). */
export type SimulationRequest = z.infer<typeof simulationInputSchema>;

/** The outcome of one application under one version. */
export interface CaseOutcome {
  readonly outcome: SimulationOutcome;
  readonly reasonCodes: string[];
  /** For `error`: the core code, e.g. `missing_fact`. */
  readonly errorCode?: string;
}

/** One application whose outcome changed. */
export interface ChangedCase {
  /** `supplied` (index into `applications`) or `stored` (with the decision id). */
  readonly source: "supplied" | "stored";
  readonly index: number;
  readonly decisionId?: string;
  readonly baseline: CaseOutcome;
  readonly candidate: CaseOutcome;
}

/** The simulation report. Nothing is stored. */
export interface SimulationReport {
  readonly ruleSetId: string;
  readonly candidateVersion: number;
  readonly baselineVersion: number;
  readonly total: number;
  readonly candidate: Record<SimulationOutcome, number>;
  readonly baseline: Record<SimulationOutcome, number>;
  readonly changed: number;
  /** `transitions[from][to]`: how many applications went from the baseline's outcome to the candidate's. */
  readonly transitions: Record<SimulationOutcome, Record<SimulationOutcome, number>>;
  readonly samples: ChangedCase[];
}

function counts(): Record<SimulationOutcome, number> {
  return { approve: 0, refer: 0, decline: 0, error: 0 };
}

/** Undeclared-fact paths a refusal lists at most (the count is in the message). */
const maxListedFacts = 100;

/**
 * Supplied facts that neither version declares are refused as `POST /v1/decisions` refuses them:
 * `undeclared_fact`, `details.issues` naming each (`["applications", index, name]`, at most 100).
 */
function checkSuppliedFacts(
  supplied: ReadonlyArray<Record<string, unknown>>,
  documents: ReadonlyArray<RuleSetDocument>,
): Result<true> {
  const declared = new Set(documents.flatMap((document) => document.inputs.map((input) => input.name)));
  const paths: Array<readonly [string, number, string]> = [];
  let count = 0;
  for (const [index, facts] of supplied.entries()) {
    for (const name of Object.keys(facts)) {
      if (declared.has(name)) continue;
      count += 1;
      if (paths.length < maxListedFacts) paths.push(["applications", index, name]);
    }
  }
  const [first] = paths;
  if (first === undefined) return ok(true);
  return fail(
    "undeclared_fact",
    `${count} supplied fact${count === 1 ? " is" : "s are"} an input of neither version (first: \`${first[2]}\` in application ${first[1]}); send only declared inputs.`,
    first,
    {
      // One field error per fact (problemOf renders `issues`), as decisions name theirs.
      issues: paths.map((path) => ({
        code: "undeclared_fact",
        message: `\`${path[2]}\` is an input of neither version`,
        path,
      })),
    },
  );
}

/**
 * One application under one version. A fact the version does not declare (one only the other version
 * declares, or an old stored decision's) is an `error` outcome with `undeclared_fact`, what a decision under
 * that version would answer.
 */
function run(compiled: CompiledRuleSet, facts: unknown): CaseOutcome {
  if (typeof facts === "object" && facts !== null && !Array.isArray(facts)) {
    const declared = checkDeclaredFacts(compiled.document, facts as Record<string, unknown>);
    if (!declared.ok) return { outcome: "error", reasonCodes: [], errorCode: declared.error.code };
  }
  const result = evaluate(compiled, facts, { trace: false });
  if (!result.ok) return { outcome: "error", reasonCodes: [], errorCode: result.error.code };
  return { outcome: result.value.decision, reasonCodes: [...result.value.reasonCodes] };
}

interface Application {
  readonly source: "supplied" | "stored";
  readonly index: number;
  readonly decisionId?: string;
  readonly facts: unknown;
}

/**
 * Compares two versions of a rule set (either may be a draft) over supplied applications and/or the
 * facts of the newest stored decisions: counts per outcome for each, how many changed, the
 * baseline -> candidate transition matrix, and a sample of changed cases. Evaluation runs without a
 * trace; nothing is written. A supplied fact neither version declares is refused with `undeclared_fact`
 * (as decisions refuse it); one only the other version declares makes that version's outcome `error`.
 *
 * @example
 * const report = await simulateRuleSet(db, "demo", "rls_…", 2, { applications, baselineVersion: 1 });
 */
export async function simulateRuleSet(
  executor: Executor,
  tenantId: string,
  ruleSetId: string,
  candidateVersion: number,
  request: SimulationRequest,
): Promise<Result<SimulationReport>> {
  const store = ruleSetsStore(executor, tenantId);
  const ruleSet = await store.find(ruleSetId);
  if (ruleSet === undefined) return ruleSetNotFound(ruleSetId);
  const baselineVersion = request.baselineVersion ?? ruleSet.publishedVersion;
  if (baselineVersion === null) {
    return fail("baseline_required", "The rule set has no published version; name a baselineVersion.", [
      "baselineVersion",
    ]);
  }
  const supplied = request.applications ?? [];
  const storedCount = request.storedDecisions ?? 0;
  if (supplied.length + storedCount === 0) {
    return fail("no_applications", "Supply applications or ask for storedDecisions.", ["applications"]);
  }
  if (supplied.length + storedCount > maxSimulationApplications) {
    return fail("too_many_applications", `At most ${maxSimulationApplications} applications per simulation.`, [
      "applications",
    ]);
  }
  const candidateRow = await store.findVersion(ruleSetId, candidateVersion);
  if (candidateRow === undefined) return versionNotFound(ruleSetId, candidateVersion);
  const baselineRow = await store.findVersion(ruleSetId, baselineVersion);
  if (baselineRow === undefined) return versionNotFound(ruleSetId, baselineVersion);
  const candidate = compiledVersion(tenantId, candidateRow);
  if (!candidate.ok) return candidate;
  const baseline = compiledVersion(tenantId, baselineRow);
  if (!baseline.ok) return baseline;
  const declared = checkSuppliedFacts(supplied, [candidate.value.document, baseline.value.document]);
  if (!declared.ok) return declared;
  const stored = storedCount === 0 ? [] : await store.recentDecisionFacts(ruleSetId, storedCount);
  const applications: Application[] = [
    ...supplied.map((facts, index) => ({ source: "supplied" as const, index, facts })),
    ...stored.map((row, index) => ({ source: "stored" as const, index, decisionId: row.id, facts: row.facts })),
  ];
  return ok({
    ruleSetId,
    candidateVersion,
    baselineVersion,
    ...compare(baseline.value, candidate.value, applications, request.sampleSize ?? 20),
  });
}

function compare(
  baseline: CompiledRuleSet,
  candidate: CompiledRuleSet,
  applications: ReadonlyArray<Application>,
  sampleSize: number,
): Omit<SimulationReport, "ruleSetId" | "candidateVersion" | "baselineVersion"> {
  const baselineCounts = counts();
  const candidateCounts = counts();
  const transitions = Object.fromEntries(outcomes.map((from) => [from, counts()])) as SimulationReport["transitions"];
  const samples: ChangedCase[] = [];
  let changed = 0;
  for (const application of applications) {
    const before = run(baseline, application.facts);
    const after = run(candidate, application.facts);
    baselineCounts[before.outcome] += 1;
    candidateCounts[after.outcome] += 1;
    transitions[before.outcome][after.outcome] += 1;
    if (before.outcome === after.outcome) continue;
    changed += 1;
    if (samples.length < sampleSize) {
      const { facts: _facts, ...where } = application;
      samples.push({ ...where, baseline: before, candidate: after });
    }
  }
  return {
    total: applications.length,
    candidate: candidateCounts,
    baseline: baselineCounts,
    changed,
    transitions,
    samples,
  };
}
