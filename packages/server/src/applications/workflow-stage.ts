import { ok, type Result } from "@lendstack/core/errors";
import { type ApplicationState, enterStage } from "@lendstack/core/origination";
import { raiseRecordedCondition } from "../conditions/raise.js";
import { conditionsStore } from "../conditions/store.js";
import type { ChangeContext } from "../db/audit.js";
import type { ApplicationRow, WorkflowRow } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { storedDefinition } from "../products/service.js";
import { productsRepository } from "../products/store.js";
import { createStageTasks } from "../tasks/create.js";
import { compiledWorkflow, coreWorkingHours } from "../workflows/compiled.js";
import { workflowsStore } from "../workflows/store.js";
import { applicationFacts, factsFor } from "./facts.js";
import { formOf } from "./view.js";

/** What the application tells the workflow: the facts it supplies that the workflow declares. */
async function workflowFacts(
  executor: Executor,
  context: ChangeContext,
  row: ApplicationRow,
  declared: ReadonlyArray<string>,
): Promise<Record<string, unknown>> {
  const products = productsRepository(executor, context.tenantId);
  const product = row.productId === null ? undefined : await products.find(row.productId);
  const version = product === undefined ? undefined : await products.findVersion(product.id, product.currentVersion);
  if (version === undefined) return {};
  const businessDate = context.businessDate ?? context.now.toISOString().slice(0, 10);
  const supplied = await applicationFacts(
    executor,
    context.tenantId,
    storedDefinition(version),
    formOf(row),
    businessDate,
  );
  return factsFor(declared, supplied, {});
}

/** The workflow's condition templates, raised the first time the application enters one of its stages. */
async function raiseWorkflowConditions(
  executor: Executor,
  context: ChangeContext,
  application: ApplicationRow,
  workflow: WorkflowRow,
  templates: ReadonlyArray<{
    readonly id: string;
    readonly kind: "prior_to_approval" | "prior_to_closing";
    readonly description: string;
    readonly documentType?: string | undefined;
  }>,
): Promise<Result<true>> {
  const existing = await conditionsStore(executor, context.tenantId).forApplication(application.id);
  if (existing.some((condition) => condition.workflowId === workflow.id)) return ok(true);
  for (const template of templates) {
    const { kind, description, documentType } = template;
    const raised = await raiseRecordedCondition(executor, context, application, {
      kind,
      description,
      documentType,
      workflowId: workflow.id,
      templateId: template.id,
    });
    if (!raised.ok) return raised;
  }
  return ok(true);
}

/**
 * When an application comes to rest in a new state and its product has a published workflow with a stage
 * for that state: the stage it enters (core's `enterStage`, facts from the application) and the stage's
 * tasks created, due by their SLAs, each with an audit record and a `task.created` event, and (the first time
 * it enters a stage of this workflow) the workflow's underwriting conditions raised — in the caller's
 * transaction. A fact the workflow needs and the application cannot supply refuses the change (422, the
 * rule engine's `missing_fact`), so no task is silently left out.
 *
 * @example
 * const entered = await enterWorkflowStage(tx, context, updated, "submitted");
 */
export async function enterWorkflowStage(
  executor: Executor,
  context: ChangeContext,
  row: ApplicationRow,
  state: ApplicationState,
  from: ApplicationState,
): Promise<Result<true>> {
  if (state === from || row.productId === null) return ok(true);
  const workflow = await workflowsStore(executor, context.tenantId).published(row.productId);
  if (workflow === undefined) return ok(true);
  const compiled = compiledWorkflow(workflow);
  if (!compiled.definition.stages.some((stage) => stage.state === state)) return ok(true);
  const declared = compiled.definition.facts.map((fact) => fact.name);
  const facts = await workflowFacts(executor, context, row, declared);
  const at = context.now.toISOString();
  const entry = enterStage(compiled, state, facts, at, coreWorkingHours(workflow, context.now));
  if (!entry.ok) return entry;
  if (entry.value === undefined) return ok(true);
  await createStageTasks(executor, context, row.id, workflow, entry.value);
  return raiseWorkflowConditions(executor, context, row, workflow, compiled.definition.conditions);
}
