import { and, asc, desc, eq, gt } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { equalTo, inRange, type Range } from "../db/filters.js";
import {
  type DecisionRow,
  decisions,
  type RuleSetRow,
  type RuleSetVersionRow,
  ruleSets,
  ruleSetVersions,
} from "../db/schema/index.js";

/** Columns of a version without its (possibly large) document, for summaries. */
export type RuleSetVersionSummaryRow = Pick<
  RuleSetVersionRow,
  "version" | "status" | "hash" | "createdAt" | "createdBy" | "updatedAt" | "publishedAt" | "publishedBy"
>;

/** Filters and position for one page of rule sets. @example store.list({ key: "demo-underwriting", take: 21 }) */
export interface RuleSetListQuery {
  readonly key?: string | undefined;
  readonly createdAt?: Range<Date> | undefined;
  /** The id the page starts after. */
  readonly after?: string | undefined;
  readonly take: number;
}

/** Filters and position for one page of a rule set's versions. @example store.listVersions("rls_…", { afterVersion: 0, take: 21 }) */
export interface RuleSetVersionListQuery {
  readonly status?: "draft" | "published" | undefined;
  readonly afterVersion: number;
  readonly take: number;
}

/**
 * Every rule-set and decision query, always scoped to one tenant: a store made for tenant A cannot
 * read or change tenant B's rows.
 *
 * @example
 * const store = ruleSetsStore(tx, "demo");
 * const row = await store.find("rls_…", { forUpdate: true });
 */
export function ruleSetsStore(executor: Executor, tenantId: string) {
  return { ...ruleSetRows(executor, tenantId), ...versionRows(executor, tenantId) };
}

/** The rule-set rows of a tenant. */
function ruleSetRows(executor: Executor, tenantId: string) {
  const byId = (ruleSetId: string) => and(eq(ruleSets.tenantId, tenantId), eq(ruleSets.id, ruleSetId));
  return {
    async find(ruleSetId: string, options: { forUpdate?: boolean } = {}): Promise<RuleSetRow | undefined> {
      const query = executor.select().from(ruleSets).where(byId(ruleSetId));
      const [row] = options.forUpdate === true ? await query.for("update") : await query;
      return row;
    },
    async findByKey(key: string): Promise<RuleSetRow | undefined> {
      const [row] = await executor
        .select()
        .from(ruleSets)
        .where(and(eq(ruleSets.tenantId, tenantId), eq(ruleSets.key, key)));
      return row;
    },
    async list(query: RuleSetListQuery): Promise<RuleSetRow[]> {
      const conditions = [
        eq(ruleSets.tenantId, tenantId),
        ...equalTo(ruleSets.key, query.key),
        ...inRange(ruleSets.createdAt, query.createdAt),
        ...(query.after === undefined ? [] : [gt(ruleSets.id, query.after)]),
      ];
      return executor
        .select()
        .from(ruleSets)
        .where(and(...conditions))
        .orderBy(asc(ruleSets.id))
        .limit(query.take);
    },
    async insert(row: Omit<RuleSetRow, "tenantId">): Promise<void> {
      await executor.insert(ruleSets).values({ ...row, tenantId });
    },
    async update(ruleSetId: string, changes: Partial<Omit<RuleSetRow, "tenantId" | "id">>): Promise<void> {
      await executor.update(ruleSets).set(changes).where(byId(ruleSetId));
    },
  };
}

/** The versions of a tenant's rule sets, and the decisions made with them. */
function versionRows(executor: Executor, tenantId: string) {
  const versionsOf = (ruleSetId: string) =>
    and(eq(ruleSetVersions.tenantId, tenantId), eq(ruleSetVersions.ruleSetId, ruleSetId));
  return {
    async findVersion(ruleSetId: string, version: number): Promise<RuleSetVersionRow | undefined> {
      const [row] = await executor
        .select()
        .from(ruleSetVersions)
        .where(and(versionsOf(ruleSetId), eq(ruleSetVersions.version, version)));
      return row;
    },
    async listVersions(ruleSetId: string, query: RuleSetVersionListQuery): Promise<RuleSetVersionRow[]> {
      const after = gt(ruleSetVersions.version, query.afterVersion);
      return executor
        .select()
        .from(ruleSetVersions)
        .where(and(versionsOf(ruleSetId), after, ...equalTo(ruleSetVersions.status, query.status)))
        .orderBy(asc(ruleSetVersions.version))
        .limit(query.take);
    },
    async summarizeVersions(ruleSetId: string): Promise<RuleSetVersionSummaryRow[]> {
      return executor
        .select({
          version: ruleSetVersions.version,
          status: ruleSetVersions.status,
          hash: ruleSetVersions.hash,
          createdAt: ruleSetVersions.createdAt,
          createdBy: ruleSetVersions.createdBy,
          updatedAt: ruleSetVersions.updatedAt,
          publishedAt: ruleSetVersions.publishedAt,
          publishedBy: ruleSetVersions.publishedBy,
        })
        .from(ruleSetVersions)
        .where(versionsOf(ruleSetId))
        .orderBy(asc(ruleSetVersions.version));
    },
    async insertVersion(row: Omit<RuleSetVersionRow, "tenantId">): Promise<void> {
      await executor.insert(ruleSetVersions).values({ ...row, tenantId });
    },
    /** Changes a draft; the `status = 'draft'` guard means a published row can never be rewritten. */
    async updateDraft(
      ruleSetId: string,
      version: number,
      changes: Partial<Omit<RuleSetVersionRow, "tenantId" | "ruleSetId" | "version">>,
    ): Promise<boolean> {
      const updated = await executor
        .update(ruleSetVersions)
        .set(changes)
        .where(and(versionsOf(ruleSetId), eq(ruleSetVersions.version, version), eq(ruleSetVersions.status, "draft")))
        .returning({ version: ruleSetVersions.version });
      return updated.length === 1;
    },
    /** Facts of the newest `take` decisions made by any version of a rule set, newest first. */
    async recentDecisionFacts(ruleSetId: string, take: number): Promise<Array<Pick<DecisionRow, "id" | "facts">>> {
      return executor
        .select({ id: decisions.id, facts: decisions.facts })
        .from(decisions)
        .where(and(eq(decisions.tenantId, tenantId), eq(decisions.ruleSetId, ruleSetId)))
        .orderBy(desc(decisions.id))
        .limit(take);
    },
  };
}

/** The store's type. @example let store: RuleSetsStore; */
export type RuleSetsStore = ReturnType<typeof ruleSetsStore>;
