import { fail, ok, type Result } from "@lendstack/core/errors";
import { type ApplicationCommand, type ApplicationState, transition } from "@lendstack/core/origination";
import type { ProductDefinition } from "@lendstack/core/products";
import { checkConditionGate } from "../conditions/raise.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { ApplicationRow, StoredStateVisit } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { loadOfferedProduct } from "../products/offered-product.js";
import { recordStays } from "./stage-visits.js";
import { applicationsStore } from "./store.js";
import { stateOf } from "./view.js";
import { enterWorkflowStage } from "./workflow-stage.js";

/** 404 for an application the tenant does not have. */
export function applicationNotFound(applicationId: string) {
  return fail("application_not_found", `No application ${applicationId} in this tenant.`, ["applicationId"]);
}

/**
 * The product an application names, as currently offered, with its version (422 `application_incomplete`
 * when it names none).
 *
 * @example const { definition, version } = (await applicationProduct(db, tenantId, row)).value;
 */
export async function applicationProduct(
  executor: Executor,
  tenantId: string,
  row: ApplicationRow,
): Promise<Result<{ definition: ProductDefinition; version: number }>> {
  if (row.productId === null) return fail("application_incomplete", "the application names no product", ["productId"]);
  return loadOfferedProduct(executor, tenantId, row.productId, undefined);
}

/**
 * The application locked for a change (its row lock is held until the transaction ends, so two changes of
 * one application run one after the other), or 404.
 *
 * @example
 * const locked = await lockApplication(db, context, "app_…");
 */
export async function lockApplication(
  executor: Executor,
  context: ChangeContext,
  applicationId: string,
): Promise<Result<ApplicationRow>> {
  const row = await applicationsStore(executor, context.tenantId).find(applicationId, { lock: true });
  return row === undefined ? applicationNotFound(applicationId) : ok(row);
}

/** The states a run of commands leads through, or the first refusal (409 `illegal_transition`). */
export function statesThrough(
  from: ApplicationState,
  commands: ReadonlyArray<ApplicationCommand>,
): Result<ApplicationState[]> {
  const states: ApplicationState[] = [];
  let current = from;
  for (const command of commands) {
    const next = transition(current, command);
    if (!next.ok) return next;
    current = next.value;
    states.push(current);
  }
  return ok(states);
}

/**
 * Applies commands to a locked application by core's transition table: each state reached is appended to
 * the history, the row takes `changes` and a new version, and one audit record per command is written, all
 * in the caller's transaction (open underwriting conditions refuse approvals and funding: 409
 * `conditions_open`); a new state enters the product's published workflow (`enterWorkflowStage`:
 * its stage's tasks are created). A command the state does not accept changes nothing and is 409
 * `illegal_transition` with the current state and the commands it allows.
 *
 * @example
 * const moved = await moveApplication(tx, context, row, [{ type: "withdraw" }]);
 */
export async function moveApplication(
  executor: Executor,
  context: ChangeContext,
  row: ApplicationRow,
  commands: ReadonlyArray<ApplicationCommand>,
  changes: Partial<Omit<ApplicationRow, "tenantId" | "id">> = {},
  details: Record<string, unknown> = {},
): Promise<Result<ApplicationRow>> {
  const from = stateOf(row);
  const states = statesThrough(from, commands);
  if (!states.ok) return states;
  const gate = await checkConditionGate(executor, context.tenantId, row.id, commands);
  if (!gate.ok) return gate;
  const at = context.now.toISOString();
  const visits: StoredStateVisit[] = states.value.map((state) => ({ state, enteredAt: at, by: context.actor }));
  const to = states.value.at(-1) ?? from;
  const updated = await applicationsStore(executor, context.tenantId).update(row.id, {
    ...changes,
    state: to,
    stateHistory: [...row.stateHistory, ...visits],
    version: row.version + 1,
    updatedAt: context.now,
  });
  await recordStays(executor, context.tenantId, row.id, row.stateHistory.length, states.value, context.now);
  for (const [i, command] of commands.entries()) {
    await writeAudit(executor, context, {
      action: `application.${command.type}`,
      resourceType: "application",
      resourceId: row.id,
      details: { from: i === 0 ? from : states.value[i - 1], to: states.value[i], ...details },
    });
  }
  const entered = await enterWorkflowStage(executor, context, updated, to, from);
  return entered.ok ? ok(updated) : entered;
}
