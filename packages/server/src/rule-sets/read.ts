import { fail, ok, type Result } from "@lendstack/core/errors";
import type { Executor } from "../db/database.js";
import type { RuleSetVersionRow } from "../db/schema/index.js";
import {
  type RuleSetVersionView,
  type RuleSetView,
  ruleSetNotFound,
  toRuleSetVersionView,
  toRuleSetView,
  versionNotFound,
} from "./service.js";
import { type RuleSetListQuery, type RuleSetVersionListQuery, ruleSetsStore } from "./store.js";

/** @example const view = await getRuleSet(db, "demo", "rls_…"); */
export async function getRuleSet(
  executor: Executor,
  tenantId: string,
  ruleSetId: string,
): Promise<Result<RuleSetView>> {
  const store = ruleSetsStore(executor, tenantId);
  const row = await store.find(ruleSetId);
  return row === undefined
    ? ruleSetNotFound(ruleSetId)
    : ok(toRuleSetView(row, await store.summarizeVersions(ruleSetId)));
}

/** Rule sets in id (creation) order, filtered, `take` at most. @example await listRuleSets(db, "demo", { take: 21 }) */
export async function listRuleSets(
  executor: Executor,
  tenantId: string,
  query: RuleSetListQuery,
): Promise<RuleSetView[]> {
  const rows = await ruleSetsStore(executor, tenantId).list(query);
  return rows.map((row) => toRuleSetView(row));
}

/** @example const version = await getRuleSetVersion(db, "demo", "rls_…", 1); */
export async function getRuleSetVersion(
  executor: Executor,
  tenantId: string,
  ruleSetId: string,
  version: number,
): Promise<Result<RuleSetVersionView>> {
  const store = ruleSetsStore(executor, tenantId);
  const row = await store.findVersion(ruleSetId, version);
  if (row !== undefined) return ok(toRuleSetVersionView(row));
  if ((await store.find(ruleSetId)) === undefined) return ruleSetNotFound(ruleSetId);
  return versionNotFound(ruleSetId, version);
}

/** Versions in order, filtered, `take` at most. @example await listRuleSetVersions(db, "demo", "rls_…", { afterVersion: 0, take: 21 }) */
export async function listRuleSetVersions(
  executor: Executor,
  tenantId: string,
  ruleSetId: string,
  query: RuleSetVersionListQuery,
): Promise<Result<RuleSetVersionView[]>> {
  const store = ruleSetsStore(executor, tenantId);
  if ((await store.find(ruleSetId)) === undefined) return ruleSetNotFound(ruleSetId);
  return ok((await store.listVersions(ruleSetId, query)).map(toRuleSetVersionView));
}

/**
 * The draft a rule set has now (404 if none exists, 409 `no_draft` when every version is published).
 *
 * @example const draft = await findDraft(db, "demo", "rls_…");
 */
export async function findDraft(
  executor: Executor,
  tenantId: string,
  ruleSetId: string,
): Promise<Result<RuleSetVersionRow>> {
  const store = ruleSetsStore(executor, tenantId);
  const row = await store.find(ruleSetId);
  if (row === undefined) return ruleSetNotFound(ruleSetId);
  const latest = await store.findVersion(ruleSetId, row.latestVersion);
  if (latest === undefined || latest.status !== "draft") {
    return fail("no_draft", `Rule set ${ruleSetId} has no draft; every version is published.`, ["document"]);
  }
  return ok(latest);
}
