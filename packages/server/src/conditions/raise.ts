import { fail, ok, type Result } from "@lendstack/core/errors";
import {
  type ApplicationCommand,
  type ConditionKind,
  checkConditionsFor,
  gatedKind,
  raiseCondition,
} from "@lendstack/core/origination";
import { formOf } from "../applications/view.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { ApplicationConditionRow, ApplicationRow } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { clearIfAlreadyMet } from "./by-document.js";
import { conditionsStore } from "./store.js";
import { toConditionBody, toCoreCondition } from "./view.js";

/** What a new condition says and where it comes from. */
export interface NewCondition {
  readonly kind: ConditionKind;
  readonly description: string;
  readonly workflowId?: string | undefined;
  readonly templateId?: string | undefined;
  /** A document of this type, accepted for the application or an applicant, meets it. */
  readonly documentType?: string | undefined;
}

/**
 * Raises an open condition on an application (core's `raiseCondition`) with its audit record, in the
 * caller's transaction (its event is the caller's: see `raiseRecordedCondition`).
 *
 * @example
 * const raised = await insertCondition(tx, context, application, { kind: "prior_to_closing", description: "Proof of insurance" });
 */
export async function insertCondition(
  executor: Executor,
  context: ChangeContext,
  application: ApplicationRow,
  input: NewCondition,
): Promise<Result<ApplicationConditionRow>> {
  const applicationId = application.id;
  const id = context.ids.next("cnd");
  const at = context.now.toISOString();
  const raised = raiseCondition({ id, kind: input.kind, description: input.description, by: context.actor, at });
  if (!raised.ok) return raised;
  const row = {
    id,
    applicationId,
    workflowId: input.workflowId ?? null,
    templateId: input.templateId ?? null,
    kind: raised.value.kind,
    description: raised.value.description,
    status: "open",
    raisedBy: context.actor,
    raisedAt: context.now,
    resolvedBy: null,
    resolvedAt: null,
    waiverReason: null,
    documentType: input.documentType ?? null,
    clearedByDocumentId: null,
  };
  await conditionsStore(executor, context.tenantId).insert(row);
  const details = { applicationId, kind: row.kind, templateId: row.templateId, documentType: row.documentType };
  await writeAudit(executor, context, {
    action: "condition.raised",
    resourceType: "condition",
    resourceId: id,
    details,
  });
  return ok({ ...row, tenantId: context.tenantId });
}

/**
 * Raises a condition and records its `condition.raised` event; one naming a document type that an accepted
 * document of the application or an applicant already meets is then cleared by it (`condition.cleared`).
 *
 * @example
 * const raised = await raiseRecordedCondition(tx, context, application, { kind: "prior_to_closing", description: "Bank statements", documentType: "bank_statement" });
 */
export async function raiseRecordedCondition(
  executor: Executor,
  context: ChangeContext,
  application: ApplicationRow,
  input: NewCondition,
): Promise<Result<ApplicationConditionRow>> {
  const raised = await insertCondition(executor, context, application, input);
  if (!raised.ok) return raised;
  const data = toConditionBody(raised.value);
  await recordEvent(executor, context, {
    type: "condition.raised",
    resourceType: "condition",
    resourceId: data.id,
    data,
  });
  const partyIds = (formOf(application).applicants ?? []).map((applicant) => applicant.partyId);
  return ok(await clearIfAlreadyMet(executor, context, raised.value, partyIds));
}

/**
 * Refuses commands that open conditions block (core's `checkConditionsFor`): an approval while a
 * prior-to-approval condition is open, funding while a prior-to-closing one is — 409 `conditions_open`
 * naming them in `details.conditionIds`.
 *
 * @example
 * const gate = await checkConditionGate(tx, tenantId, "app_…", [{ type: "fund" }]);
 */
export async function checkConditionGate(
  executor: Executor,
  tenantId: string,
  applicationId: string,
  commands: ReadonlyArray<ApplicationCommand>,
): Promise<Result<true>> {
  const gated = commands.filter((command) => gatedKind(command) !== undefined);
  if (gated.length === 0) return ok(true);
  const conditions = (await conditionsStore(executor, tenantId).forApplication(applicationId)).map(toCoreCondition);
  for (const command of gated) {
    const checked = checkConditionsFor(conditions, command);
    if (!checked.ok) {
      const { message, conditionIds } = checked.error;
      return fail("conditions_open", message, undefined, { conditionIds: [...conditionIds] });
    }
  }
  return ok(true);
}
