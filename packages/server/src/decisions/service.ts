import { z } from "@hono/zod-openapi";
import { type AdverseActionReasons, buildAdverseActionReasons } from "@lendstack/core/compliance";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { type Evaluation, evaluate } from "@lendstack/core/rules";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { decodeStored } from "../db/corrupt-record.js";
import type { Db, Executor } from "../db/database.js";
import type { DecisionRow, RuleSetVersionRow } from "../db/schema/index.js";
import { compiledVersion } from "../rule-sets/compiled.js";
import type { ReasonStatements } from "../rule-sets/input.js";
import { ruleSetNotFound, versionNotFound } from "../rule-sets/service.js";
import { type RuleSetsStore, ruleSetsStore } from "../rule-sets/store.js";
import { storedReasonStatements } from "../rule-sets/stored-version.js";
import { checkDeclaredFacts } from "./declared-facts.js";
import { type decisionInputSchema, decisionSchema } from "./schemas.js";
import { type DecisionListQuery, decisionsStore } from "./store.js";

/** What `POST /v1/decisions` asks for (parsed by `decisionInputSchema`). */
export type DecisionRequest = z.infer<typeof decisionInputSchema>;

/** A stored decision as the API returns it (the `Decision` response schema). */
export type DecisionView = z.infer<typeof decisionSchema>;

/** The stored `result` document: the response's outcome fields (decisions made before scorecards lack those). */
const storedResultSchema = decisionSchema
  .pick({ ruleSetKey: true, decision: true, reasonCodes: true, outputs: true, trace: true, adverseAction: true })
  .extend({
    scorecards: decisionSchema.shape.scorecards.optional(),
    complianceChecks: decisionSchema.shape.complianceChecks.optional(),
  });
type StoredResult = z.infer<typeof storedResultSchema>;

/** Core's trace (readonly arrays) as the stored JSON. */
function traceJson(trace: ReturnType<Evaluation["toJSON"]>["trace"]): StoredResult["trace"] {
  return trace.map((entry) => ({ ...entry, reasonCodes: [...entry.reasonCodes] }));
}

/** Core's adverse-action reasons (readonly arrays) as the stored JSON. */
function adverseActionJson(reasons: AdverseActionReasons | null): StoredResult["adverseAction"] {
  if (reasons === null) return null;
  const copy = (reason: AdverseActionReasons["allReasons"][number]) => ({
    ...reason,
    reasonCodes: [...reason.reasonCodes],
  });
  return { ...reasons, principalReasons: reasons.principalReasons.map(copy), allReasons: reasons.allReasons.map(copy) };
}

/**
 * Decisions in id (creation) order, filtered, `take` at most.
 *
 * @example
 * const views = await listDecisions(db, "demo", { decision: "decline", take: 21 });
 */
export async function listDecisions(
  executor: Executor,
  tenantId: string,
  query: DecisionListQuery,
): Promise<DecisionView[]> {
  return (await decisionsStore(executor, tenantId).list(query)).map(toDecisionView);
}

/** The stored `facts`: the request's facts, a JSON object. */
const storedFactsSchema = z.record(z.string(), z.unknown());

function toDecisionView(row: DecisionRow): DecisionView {
  const at = (column: string) => ({ table: "decisions", id: row.id, column });
  const result = decodeStored(storedResultSchema, row.result, at("result"));
  return {
    id: row.id,
    ruleSetId: row.ruleSetId,
    ruleSetKey: result.ruleSetKey,
    version: row.ruleSetVersion,
    hash: row.ruleSetHash,
    decision: result.decision,
    reasonCodes: result.reasonCodes,
    outputs: result.outputs,
    trace: result.trace,
    scorecards: result.scorecards ?? [],
    complianceChecks: result.complianceChecks ?? [],
    adverseAction: result.adverseAction,
    facts: decodeStored(storedFactsSchema, row.facts, at("facts")),
    creditReportId: row.creditReportId,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}

/**
 * Reason codes ranked for a notice: those of the decline rules and rows first (in firing order), then
 * the rest — knock-out reasons before supporting ones. A decline made on a declared scorecard's score
 * (`reasonCodesFrom`) carries that scorecard's codes ranked by points lost, so the notice names the
 * specific attributes scored.
 */
function rankReasonCodes(evaluation: Evaluation): string[] {
  const ranked = new Set<string>();
  for (const entry of evaluation.trace) {
    if (entry.decision === "decline") for (const code of entry.reasonCodes) ranked.add(code);
  }
  for (const code of evaluation.reasonCodes) ranked.add(code);
  return [...ranked];
}

function adverseActionFor(evaluation: Evaluation, map: ReasonStatements | null): Result<AdverseActionReasons | null> {
  if (evaluation.decision !== "decline" || map === null) return ok(null);
  return buildAdverseActionReasons(rankReasonCodes(evaluation), { map });
}

/**
 * The published version a decision uses: `version` when given (a draft is 409
 * `rule_set_version_not_published`), else the newest published (409 `rule_set_not_published` when
 * there is none yet).
 *
 * @example
 * const found = await publishedVersion(store, "rls_…", undefined);
 */
export async function publishedVersion(
  store: RuleSetsStore,
  ruleSetId: string,
  version: number | undefined,
): Promise<Result<{ key: string; row: RuleSetVersionRow }>> {
  const ruleSet = await store.find(ruleSetId);
  if (ruleSet === undefined) return ruleSetNotFound(ruleSetId);
  const wanted = version ?? ruleSet.publishedVersion;
  if (wanted === null) {
    return fail(
      "rule_set_not_published",
      `Rule set ${ruleSetId} has no published version yet; publish a draft first.`,
      ["ruleSetId"],
    );
  }
  const row = await store.findVersion(ruleSetId, wanted);
  if (row === undefined) return versionNotFound(ruleSetId, wanted);
  if (row.status !== "published") {
    return fail(
      "rule_set_version_not_published",
      `Version ${wanted} of rule set ${ruleSetId} is a draft; decisions use published versions only.`,
      ["version"],
    );
  }
  return ok({ key: ruleSet.key, row });
}

/**
 * Evaluates a published rule-set version against facts (compiled once per process and cached), then
 * stores the decision with its facts, the credit report they came from (`sources.creditReportId`), version
 * and content hash, and its audit record (which names the report too), in one transaction. Bad facts are `invalid_fact` / `missing_fact` with the path `["facts", name]`; facts the
 * version does not declare are `undeclared_fact` (`details.names`).
 *
 * @example
 * const decision = await makeDecision(db, context, { ruleSetId: "rls_…", facts });
 */
export async function makeDecision(
  db: Db,
  context: ChangeContext,
  request: DecisionRequest,
  sources: { readonly creditReportId?: string | undefined } = {},
): Promise<Result<DecisionView>> {
  const found = await publishedVersion(ruleSetsStore(db, context.tenantId), request.ruleSetId, request.version);
  if (!found.ok) return found;
  const { key, row } = found.value;
  const compiled = compiledVersion(context.tenantId, row);
  if (!compiled.ok) return compiled;
  const declared = checkDeclaredFacts(compiled.value.document, request.facts);
  if (!declared.ok) return declared;
  const evaluation = evaluate(compiled.value, request.facts);
  if (!evaluation.ok) return evaluation;
  const adverseAction = adverseActionFor(evaluation.value, storedReasonStatements(row));
  if (!adverseAction.ok) return adverseAction;
  const { decision, reasonCodes, outputs, trace, scorecards, complianceChecks } = evaluation.value.toJSON();
  const result: StoredResult = {
    ruleSetKey: key,
    decision,
    reasonCodes,
    outputs,
    trace: traceJson(trace),
    scorecards,
    complianceChecks,
    adverseAction: adverseActionJson(adverseAction.value),
  };
  const stored: Omit<DecisionRow, "tenantId"> = {
    id: context.ids.next("dec"),
    ruleSetId: row.ruleSetId,
    ruleSetVersion: row.version,
    ruleSetHash: row.hash ?? "",
    decision,
    facts: request.facts,
    creditReportId: sources.creditReportId ?? null,
    result,
    requestId: context.requestId,
    createdBy: context.actor,
    createdAt: context.now,
  };
  await db.transaction(async (tx) => {
    await decisionsStore(tx, context.tenantId).insert(stored);
    await writeAudit(tx, context, {
      action: "decision.made",
      resourceType: "decision",
      resourceId: stored.id,
      details: {
        ruleSetId: row.ruleSetId,
        version: row.version,
        hash: stored.ruleSetHash,
        decision,
        creditReportId: stored.creditReportId,
      },
    });
  });
  return ok(toDecisionView({ ...stored, tenantId: context.tenantId }));
}

/** @example const decision = await getDecision(db, "demo", "dec_…"); */
export async function getDecision(
  executor: Executor,
  tenantId: string,
  decisionId: string,
): Promise<Result<DecisionView>> {
  const row = await decisionsStore(executor, tenantId).find(decisionId);
  if (row === undefined) return fail("decision_not_found", `No decision ${decisionId} in this tenant.`, ["decisionId"]);
  return ok(toDecisionView(row));
}
