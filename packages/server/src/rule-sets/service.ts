import { fail, ok, type Result } from "@lendstack/core/errors";
import {
  publishVersion as publishCoreVersion,
  type RuleSetDocument,
  type RuleSetVersion,
  updateDraftVersion,
} from "@lendstack/core/rules";
import { sql } from "drizzle-orm";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { Db, Executor } from "../db/database.js";
import type { RuleSetRow, RuleSetVersionRow } from "../db/schema/index.js";
import { type CheckedRuleSet, checkRuleSet, type ReasonStatements } from "./input.js";
import { type RuleSetVersionSummaryRow, ruleSetsStore } from "./store.js";
import { storedDocument, storedReasonStatements } from "./stored-version.js";

/** One version in a rule set's summary (no document). */
export interface RuleSetVersionSummary {
  readonly version: number;
  readonly status: "draft" | "published";
  readonly hash: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly publishedAt: string | null;
  readonly publishedBy: string | null;
}

/** A rule set as the API returns it. */
export interface RuleSetView {
  readonly id: string;
  readonly key: string;
  readonly name: string | null;
  readonly latestVersion: number;
  readonly publishedVersion: number | null;
  readonly draftVersion: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly versions?: RuleSetVersionSummary[];
}

/** One version with its document. */
export interface RuleSetVersionView extends RuleSetVersionSummary {
  readonly ruleSetId: string;
  readonly document: RuleSetDocument;
  readonly reasonStatements: ReasonStatements | null;
}

/** `audit: false` skips the audit row (only the demo seed does, see `seedDemoRuleSet`). */
export interface WriteOptions {
  readonly audit?: boolean;
}

const asStatus = (status: string): "draft" | "published" => (status === "published" ? "published" : "draft");

function toSummary(row: RuleSetVersionSummaryRow): RuleSetVersionSummary {
  return {
    version: row.version,
    status: asStatus(row.status),
    hash: row.hash,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedBy: row.publishedBy,
  };
}

/** @example toRuleSetVersionView(row).status; // "draft" */
export function toRuleSetVersionView(row: RuleSetVersionRow): RuleSetVersionView {
  return {
    ruleSetId: row.ruleSetId,
    ...toSummary(row),
    document: storedDocument(row),
    reasonStatements: storedReasonStatements(row),
  };
}

/** @example toRuleSetView(row, summaries).draftVersion; */
export function toRuleSetView(row: RuleSetRow, versions?: RuleSetVersionSummaryRow[]): RuleSetView {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    latestVersion: row.latestVersion,
    publishedVersion: row.publishedVersion,
    draftVersion: row.latestVersion === row.publishedVersion ? null : row.latestVersion,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(versions === undefined ? {} : { versions: versions.map(toSummary) }),
  };
}

/** @example ruleSetNotFound("rls_…").error.code; // "rule_set_not_found" */
export function ruleSetNotFound(ruleSetId: string) {
  return fail("rule_set_not_found", `No rule set ${ruleSetId} in this tenant.`, ["ruleSetId"]);
}

/** @example versionNotFound("rls_…", 3).error.code; // "rule_set_version_not_found" */
export function versionNotFound(ruleSetId: string, version: number) {
  return fail("rule_set_version_not_found", `Rule set ${ruleSetId} has no version ${version}.`, ["version"]);
}

function coreVersion(row: RuleSetVersionRow): RuleSetVersion {
  return {
    id: row.ruleSetId,
    version: row.version,
    status: asStatus(row.status),
    document: storedDocument(row),
    ...(row.hash === null ? {} : { hash: row.hash }),
  };
}

/**
 * Creates a rule set whose version 1 is a draft of `checked.document`. The document's `id` is the rule
 * set's `key` and must be new in the tenant (409 `rule_set_exists`).
 *
 * @example
 * const created = await createRuleSet(db, context, unwrap(checkRuleSet(document, null)));
 */
export async function createRuleSet(
  db: Executor,
  context: ChangeContext,
  checked: CheckedRuleSet,
  options: WriteOptions = {},
): Promise<Result<RuleSetView>> {
  const key = checked.document.id;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`lendstack:ruleset:${context.tenantId}:${key}`}))`);
    const store = ruleSetsStore(tx, context.tenantId);
    const existing = await store.findByKey(key);
    if (existing !== undefined) {
      return fail("rule_set_exists", `Rule set "${key}" already exists as ${existing.id}; update its draft instead.`, [
        "document",
        "id",
      ]);
    }
    const id = context.ids.next("rls");
    const row = {
      id,
      key,
      name: checked.document.name ?? null,
      latestVersion: 1,
      publishedVersion: null,
      createdAt: context.now,
      updatedAt: context.now,
    };
    await store.insert(row);
    await store.insertVersion(draftRow(id, 1, checked, context));
    if (options.audit !== false)
      await writeAudit(tx, context, {
        action: "rule_set.created",
        resourceType: "rule_set",
        resourceId: id,
        details: { key, version: 1 },
      });
    return ok(toRuleSetView({ ...row, tenantId: context.tenantId }, await store.summarizeVersions(id)));
  });
}

function draftRow(ruleSetId: string, version: number, checked: CheckedRuleSet, context: ChangeContext) {
  return {
    ruleSetId,
    version,
    status: "draft",
    document: checked.document as Record<string, unknown>,
    reasonStatements: checked.reasonStatements as RuleSetVersionRow["reasonStatements"],
    hash: null,
    createdAt: context.now,
    createdBy: context.actor,
    updatedAt: context.now,
    publishedAt: null,
    publishedBy: null,
  };
}

/**
 * Replaces the draft's document, or — when the newest version is published — starts draft n+1 from
 * it. With `expectedVersion`, only that version may change: a published one is 409
 * `version_immutable` (published versions never change), a missing one 404. The document's `id` must
 * stay the rule set's key (422 `rule_set_key_mismatch`).
 *
 * @example
 * const draft = await updateRuleSetDraft(db, context, "rls_…", checked, undefined);
 */
export async function updateRuleSetDraft(
  db: Db,
  context: ChangeContext,
  ruleSetId: string,
  checked: CheckedRuleSet,
  expectedVersion: number | undefined,
): Promise<Result<RuleSetVersionView>> {
  return db.transaction(async (tx) => {
    const store = ruleSetsStore(tx, context.tenantId);
    const row = await store.find(ruleSetId, { forUpdate: true });
    if (row === undefined) return ruleSetNotFound(ruleSetId);
    if (checked.document.id !== row.key) {
      return fail("rule_set_key_mismatch", `The document id must stay "${row.key}".`, ["document", "id"]);
    }
    const target = expectedVersion ?? row.latestVersion;
    const current = await store.findVersion(ruleSetId, target);
    if (current === undefined) return versionNotFound(ruleSetId, target);
    const isNewDraft = expectedVersion === undefined && current.status === "published";
    if (!isNewDraft) {
      const updated = updateDraftVersion(coreVersion(current), checked.document);
      if (!updated.ok) return updated;
    }
    const version = isNewDraft ? row.latestVersion + 1 : target;
    const fresh = draftRow(ruleSetId, version, checked, context);
    const changes = { document: fresh.document, reasonStatements: fresh.reasonStatements, updatedAt: context.now };
    const next = isNewDraft ? fresh : { ...current, ...changes };
    if (isNewDraft) await store.insertVersion(fresh);
    else if (!(await store.updateDraft(ruleSetId, version, changes))) throw new Error("draft vanished under lock");
    await store.update(ruleSetId, {
      latestVersion: version,
      name: checked.document.name ?? null,
      updatedAt: context.now,
    });
    await writeAudit(tx, context, {
      action: isNewDraft ? "rule_set.draft_created" : "rule_set.draft_updated",
      resourceType: "rule_set",
      resourceId: ruleSetId,
      details: { version },
    });
    return ok(toRuleSetVersionView({ ...next, tenantId: context.tenantId }));
  });
}

/**
 * Publishes a draft: it is compiled once more, frozen with its content hash and the instant, and
 * becomes the version decisions use by default. Publishing a published version is 409
 * `version_immutable`.
 *
 * @example
 * const published = await publishRuleSetVersion(db, context, "rls_…", 1);
 */
export async function publishRuleSetVersion(
  db: Executor,
  context: ChangeContext,
  ruleSetId: string,
  version: number,
  options: WriteOptions = {},
): Promise<Result<RuleSetVersionView>> {
  return db.transaction(async (tx) => {
    const store = ruleSetsStore(tx, context.tenantId);
    const row = await store.find(ruleSetId, { forUpdate: true });
    if (row === undefined) return ruleSetNotFound(ruleSetId);
    const current = await store.findVersion(ruleSetId, version);
    if (current === undefined) return versionNotFound(ruleSetId, version);
    const published = publishCoreVersion(coreVersion(current), { publishedAt: context.now.toISOString() });
    if (!published.ok) return published;
    const checked = checkRuleSet(current.document, current.reasonStatements ?? null);
    if (!checked.ok) return checked;
    const changes = {
      status: "published",
      hash: published.value.hash ?? null,
      publishedAt: context.now,
      publishedBy: context.actor,
    };
    if (!(await store.updateDraft(ruleSetId, version, changes))) throw new Error("draft vanished under lock");
    await store.update(ruleSetId, {
      publishedVersion: Math.max(row.publishedVersion ?? 0, version),
      updatedAt: context.now,
    });
    if (options.audit !== false)
      await writeAudit(tx, context, {
        action: "rule_set.version_published",
        resourceType: "rule_set",
        resourceId: ruleSetId,
        details: { version, hash: changes.hash },
      });
    return ok(toRuleSetVersionView({ ...current, ...changes }));
  });
}
