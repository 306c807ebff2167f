import type { z } from "@hono/zod-openapi";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { clearCondition, type UnderwritingCondition, waiveCondition } from "@lendstack/core/origination";
import { applicationsStore } from "../applications/store.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { ApplicationConditionRow, ApplicationRow } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { workflowsStore } from "../workflows/store.js";
import { definitionOf } from "../workflows/view.js";
import { type NewCondition, raiseRecordedCondition } from "./raise.js";
import type { raiseConditionSchema } from "./schemas.js";
import { conditionsStore } from "./store.js";
import { toCoreCondition } from "./view.js";

/** The application, or 404 `application_not_found`. @example const found = await findApplication(db, tenantId, id); */
export async function findApplication(
  executor: Executor,
  tenantId: string,
  applicationId: string,
): Promise<Result<ApplicationRow>> {
  const row = await applicationsStore(executor, tenantId).find(applicationId, { lock: true });
  if (row !== undefined) return ok(row);
  return fail("application_not_found", `No application ${applicationId} in this tenant.`, ["applicationId"]);
}

/** A template of the product's published workflow, or what the caller wrote. */
async function conditionFrom(
  executor: Executor,
  context: ChangeContext,
  application: ApplicationRow,
  input: z.infer<typeof raiseConditionSchema>,
): Promise<Result<NewCondition>> {
  if (input.templateId === undefined) {
    if (input.kind !== undefined && input.description !== undefined) {
      return ok({ kind: input.kind, description: input.description, documentType: input.documentType });
    }
    return fail("validation_failed", "give a templateId, or a kind and a description", [
      input.kind === undefined ? "kind" : "description",
    ]);
  }
  const workflow =
    application.productId === null
      ? undefined
      : await workflowsStore(executor, context.tenantId).published(application.productId);
  const template =
    workflow === undefined ? undefined : definitionOf(workflow).conditions.find((c) => c.id === input.templateId);
  if (workflow === undefined || template === undefined) {
    const message = `The product's published workflow has no condition template ${input.templateId}.`;
    return fail("unknown_condition_template", message, ["templateId"]);
  }
  const kind = template.kind as NewCondition["kind"];
  const { description, documentType = input.documentType } = template;
  return ok({ kind, description, documentType, workflowId: workflow.id, templateId: template.id });
}

/**
 * An underwriter raises a condition on an application: one of the product workflow's templates, or their
 * own kind and description. 404 for an unknown application, 422 `unknown_condition_template`.
 *
 * @example
 * const raised = await raiseApplicationCondition(db, context, "app_…", { templateId: "proof-of-insurance" });
 */
export async function raiseApplicationCondition(
  executor: Executor,
  context: ChangeContext,
  applicationId: string,
  input: z.infer<typeof raiseConditionSchema>,
): Promise<Result<ApplicationConditionRow>> {
  const application = await findApplication(executor, context.tenantId, applicationId);
  if (!application.ok) return application;
  const condition = await conditionFrom(executor, context, application.value, input);
  if (!condition.ok) return condition;
  return raiseRecordedCondition(executor, context, application.value, condition.value);
}

type Resolution = (condition: UnderwritingCondition) => ReturnType<typeof clearCondition>;

async function resolveCondition(
  executor: Executor,
  context: ChangeContext,
  ids: { readonly applicationId: string; readonly conditionId: string },
  action: "condition.cleared" | "condition.waived",
  resolve: Resolution,
): Promise<Result<ApplicationConditionRow>> {
  const application = await findApplication(executor, context.tenantId, ids.applicationId);
  if (!application.ok) return application;
  const store = conditionsStore(executor, context.tenantId);
  const row = await store.find(ids.applicationId, ids.conditionId, { lock: true });
  if (row === undefined) {
    return fail("condition_not_found", `No condition ${ids.conditionId} on this application.`, ["conditionId"]);
  }
  const resolved = resolve(toCoreCondition(row));
  if (!resolved.ok) return resolved;
  const { status, resolvedBy = null, waiverReason = null } = resolved.value;
  const updated = await store.update(row.id, { status, resolvedBy, resolvedAt: context.now, waiverReason });
  const details = { applicationId: ids.applicationId, ...(waiverReason === null ? {} : { waiverReason }) };
  await writeAudit(executor, context, { action, resourceType: "condition", resourceId: row.id, details });
  return ok(updated);
}

/**
 * Marks an open condition met (core's `clearCondition`); 409 `condition_not_open` when it is not open.
 *
 * @example
 * await clearApplicationCondition(db, context, { applicationId, conditionId });
 */
export function clearApplicationCondition(
  executor: Executor,
  context: ChangeContext,
  ids: { readonly applicationId: string; readonly conditionId: string },
): Promise<Result<ApplicationConditionRow>> {
  const at = context.now.toISOString();
  return resolveCondition(executor, context, ids, "condition.cleared", (c) => clearCondition(c, context.actor, at));
}

/**
 * Sets an open condition aside with a reason (core's `waiveCondition`); 409 `condition_not_open`.
 *
 * @example
 * await waiveApplicationCondition(db, context, { applicationId, conditionId }, "insured by the dealer");
 */
export function waiveApplicationCondition(
  executor: Executor,
  context: ChangeContext,
  ids: { readonly applicationId: string; readonly conditionId: string },
  reason: string,
): Promise<Result<ApplicationConditionRow>> {
  const at = context.now.toISOString();
  const waive: Resolution = (c) => waiveCondition(c, context.actor, at, reason);
  return resolveCondition(executor, context, ids, "condition.waived", waive);
}
