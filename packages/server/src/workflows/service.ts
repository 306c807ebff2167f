import { fail, ok, type Result } from "@lendstack/core/errors";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { WorkflowRow } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { productsRepository } from "../products/store.js";
import { checkWorkflow } from "./compiled.js";
import { defaultWorkingHours, type WorkflowInput } from "./schemas.js";
import { workflowsStore } from "./store.js";

/** 404 for a workflow the tenant does not have. @example return workflowNotFound(id); */
export function workflowNotFound(workflowId: string) {
  return fail("workflow_not_found", `No workflow ${workflowId} in this tenant.`, ["workflowId"]);
}

/**
 * Creates the product's next workflow version as a draft, once core's `validateWorkflow` accepts it:
 * 404 `product_not_found`, or 422 `invalid_workflow` listing every problem. The product's row lock
 * numbers versions one after the other.
 *
 * @example
 * const created = await createWorkflow(db, context, { productId: "prd_…", facts: [], stages: [] });
 */
export async function createWorkflow(
  executor: Executor,
  context: ChangeContext,
  input: WorkflowInput,
): Promise<Result<WorkflowRow>> {
  const { productId, workingHours = defaultWorkingHours, ...given } = input;
  const product = await productsRepository(executor, context.tenantId).find(productId, { forUpdate: true });
  if (product === undefined) return fail("product_not_found", `No product ${productId} in this tenant.`, ["productId"]);
  const store = workflowsStore(executor, context.tenantId);
  const version = (await store.latestVersion(productId)) + 1;
  const definition = { facts: given.facts, stages: given.stages, conditions: given.conditions ?? [] };
  const checked = checkWorkflow(productId, version, definition, workingHours);
  if (!checked.ok) return checked;
  const row = {
    id: context.ids.next("wf"),
    productId,
    version,
    status: "draft",
    definition,
    workingHours: { ...workingHours },
    createdAt: context.now,
    createdBy: context.actor,
    publishedAt: null,
    publishedBy: null,
    supersededAt: null,
  };
  await store.insert(row);
  await writeAudit(executor, context, {
    action: "workflow.created",
    resourceType: "workflow",
    resourceId: row.id,
    details: { productId, version },
  });
  return ok({ ...row, tenantId: context.tenantId });
}

/**
 * Puts a draft in force for its product: the version in force until now becomes `superseded`. A version
 * already published or superseded is 409 `version_immutable`; a draft older than the version in force is
 * 409 `workflow_version_outdated`.
 *
 * @example
 * const published = await publishWorkflow(db, context, "wf_…");
 */
export async function publishWorkflow(
  executor: Executor,
  context: ChangeContext,
  workflowId: string,
): Promise<Result<WorkflowRow>> {
  const store = workflowsStore(executor, context.tenantId);
  const found = await store.find(workflowId);
  if (found === undefined) return workflowNotFound(workflowId);
  // The product's lock serializes publications of its versions; then this version's own.
  await productsRepository(executor, context.tenantId).find(found.productId, { forUpdate: true });
  const row = await store.find(workflowId, { lock: true });
  if (row === undefined) return workflowNotFound(workflowId);
  if (row.status !== "draft") {
    const message = `Workflow ${workflowId} (version ${row.version}) is ${row.status}; published versions never change.`;
    return fail("version_immutable", message);
  }
  const current = await store.published(row.productId);
  if (current !== undefined && current.version > row.version) {
    const message = `Version ${current.version} is in force; draft version ${row.version} is older. Create a new version.`;
    return fail("workflow_version_outdated", message);
  }
  if (current !== undefined) await store.update(current.id, { status: "superseded", supersededAt: context.now });
  const published = await store.update(workflowId, {
    status: "published",
    publishedAt: context.now,
    publishedBy: context.actor,
  });
  await writeAudit(executor, context, {
    action: "workflow.published",
    resourceType: "workflow",
    resourceId: workflowId,
    details: { productId: row.productId, version: row.version, supersedes: current?.id ?? null },
  });
  return ok(published);
}
