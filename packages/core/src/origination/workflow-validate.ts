import type { DomainError, Result } from "../errors/index.js";
import type { CompiledRuleSet } from "../rules/index.js";
import { documentTypes, isDocumentType } from "./document-types.js";
import { type ApplicationState, isApplicationState } from "./lifecycle.js";
import { ItemSink, type MissingItem } from "./missing-item.js";
import {
  type ConditionTemplate,
  conditionKinds,
  type Sla,
  slaUnits,
  staffRoles,
  type TaskTemplate,
  type WorkflowDefinition,
  type WorkflowStage,
} from "./workflow-definition.js";
import { checkExpression, checkFacts, compileExpressions } from "./workflow-expressions.js";

/** Longest SLA accepted, in any unit (keeps due-time searches bounded). */
export const maxSlaAmount = 10_000;

/**
 * A checked workflow, ready for `enterStage`: the definition and its expressions compiled once.
 *
 * @example const compiled: CompiledWorkflow = unwrap(validateWorkflow(definition));
 */
export interface CompiledWorkflow {
  readonly definition: WorkflowDefinition;
  readonly ruleSet: CompiledRuleSet;
  /** Output index of each stage's entry condition, by stage index (undefined: unconditional). */
  readonly entryOutputs: ReadonlyArray<number | undefined>;
  /** Output index of each task's `when`, by stage index then task index. */
  readonly taskOutputs: ReadonlyArray<ReadonlyArray<number | undefined>>;
}

/**
 * A workflow definition refused: code `invalid_workflow` with every problem found.
 *
 * @example if (!result.ok) result.error.issues.map((i) => i.path.join("."))
 */
export interface InvalidWorkflowError extends DomainError {
  readonly code: "invalid_workflow";
  readonly issues: ReadonlyArray<MissingItem>;
}

const identifier = /^[A-Za-z0-9_.-]{1,64}$/;

function checkId(id: string, seen: Set<string>, path: ReadonlyArray<string | number>, sink: ItemSink): void {
  if (!identifier.test(id)) sink.add(path, "invalid_id", "ids use 1-64 letters, digits, '_', '-' or '.'");
  else if (seen.has(id)) sink.add(path, "duplicate_id", `"${id}" is used twice`);
  seen.add(id);
}

function checkSla(sla: Sla, path: ReadonlyArray<string | number>, sink: ItemSink): void {
  if (!slaUnits.includes(sla.unit))
    sink.add([...path, "unit"], "invalid_sla_unit", `unit is one of ${slaUnits.join(", ")}`);
  if (!Number.isInteger(sla.amount) || sla.amount < 1 || sla.amount > maxSlaAmount) {
    sink.add([...path, "amount"], "invalid_sla_amount", `amount is a whole number 1-${maxSlaAmount}`);
  }
}

type ExpressionCheck = (expression: string, path: ReadonlyArray<string | number>) => void;

function checkTask(task: TaskTemplate, path: ReadonlyArray<string | number>, ids: Set<string>, deps: Deps): void {
  const { sink } = deps;
  checkId(task.id, ids, [...path, "id"], sink);
  sink.require(task.name, [...path, "name"]);
  sink.require(task.queue, [...path, "queue"]);
  if (!staffRoles.includes(task.role))
    sink.add([...path, "role"], "invalid_role", `role is one of ${staffRoles.join(", ")}`);
  checkSla(task.sla, [...path, "sla"], sink);
  if (task.when !== undefined) deps.expression(task.when, [...path, "when"]);
}

interface Deps {
  readonly sink: ItemSink;
  readonly expression: ExpressionCheck;
}

function checkStage(stage: WorkflowStage, i: number, ids: Set<string>, deps: Deps): void {
  const path = ["stages", i];
  checkId(stage.id, ids, [...path, "id"], deps.sink);
  deps.sink.require(stage.name, [...path, "name"]);
  if (!isApplicationState(stage.state))
    deps.sink.add([...path, "state"], "invalid_state", `no lifecycle state "${stage.state}"`);
  if (stage.entryCondition !== undefined) deps.expression(stage.entryCondition, [...path, "entryCondition"]);
  if (stage.sla !== undefined) checkSla(stage.sla, [...path, "sla"], deps.sink);
  const taskIds = new Set<string>();
  stage.tasks.forEach((task, j) => {
    checkTask(task, [...path, "tasks", j], taskIds, deps);
  });
}

/** The first matching stage wins, so each used state needs a last, unconditional stage, and nothing after it. */
function checkFallbacks(stages: ReadonlyArray<WorkflowStage>, sink: ItemSink): void {
  const fallbackOf = new Map<ApplicationState, number>();
  stages.forEach((stage, i) => {
    const fallback = fallbackOf.get(stage.state);
    if (fallback !== undefined) {
      sink.add(
        ["stages", i],
        "unreachable_stage",
        `stage ${stage.id} comes after ${stage.state}'s unconditional stage`,
      );
    } else if (stage.entryCondition === undefined) fallbackOf.set(stage.state, i);
  });
  for (const state of new Set(stages.map((stage) => stage.state))) {
    if (!fallbackOf.has(state)) {
      sink.add(["stages"], "missing_fallback_stage", `state ${state} needs a stage without an entry condition, last`);
    }
  }
}

function checkConditions(conditions: ReadonlyArray<ConditionTemplate>, sink: ItemSink): void {
  const ids = new Set<string>();
  conditions.forEach((condition, i) => {
    checkId(condition.id, ids, ["conditions", i, "id"], sink);
    if (!conditionKinds.includes(condition.kind)) {
      sink.add(["conditions", i, "kind"], "invalid_condition_kind", `kind is one of ${conditionKinds.join(", ")}`);
    }
    sink.require(condition.description, ["conditions", i, "description"]);
    if (condition.documentType !== undefined && !isDocumentType(condition.documentType)) {
      const message = `documentType is one of ${documentTypes.join(", ")}`;
      sink.add(["conditions", i, "documentType"], "invalid_document_type", message);
    }
  });
}

/** Numbers every expression in document order: stage entry conditions and task `when`s. */
function indexExpressions(definition: WorkflowDefinition) {
  const expressions: string[] = [];
  const push = (expression: string | undefined) =>
    expression === undefined ? undefined : expressions.push(expression) - 1;
  const entryOutputs = definition.stages.map((stage) => push(stage.entryCondition));
  const taskOutputs = definition.stages.map((stage) => stage.tasks.map((task) => push(task.when)));
  return { expressions, entryOutputs, taskOutputs };
}

/**
 * Validates a workflow definition and compiles its expressions once. Every problem is listed
 * (code `invalid_workflow`, `issues` with path + code): bad or duplicate ids (`invalid_id`,
 * `duplicate_id`), unknown lifecycle states, roles, SLA units or amounts, condition kinds, a
 * state with no unconditional last stage (`missing_fallback_stage`) or a stage after it
 * (`unreachable_stage`), and each expression the rule language refuses, with the engine's own
 * code (`unknown_variable`, `type_mismatch`, `syntax_error`…) and line/column in `details`.
 *
 * @example
 * const compiled = validateWorkflow(definition);
 * if (!compiled.ok) return problem(422, compiled.error.issues);
 */
export function validateWorkflow(definition: WorkflowDefinition): Result<CompiledWorkflow, InvalidWorkflowError> {
  const sink = new ItemSink();
  sink.require(definition.productId, ["productId"]);
  if (!Number.isSafeInteger(definition.version) || definition.version < 1) {
    sink.add(["version"], "invalid_version", "version is a whole number ≥ 1");
  }
  const facts = checkFacts(definition.facts);
  if (!facts.ok) sink.add(facts.error.path ?? ["facts"], facts.error.code, facts.error.message);
  const expression: ExpressionCheck = (text, path) => {
    const checked = facts.ok ? checkExpression(definition.facts, text, path) : facts;
    if (facts.ok && !checked.ok) {
      const { code, message, details } = checked.error;
      sink.items.push({ path, code, message, ...(details === undefined ? {} : { details }) });
    }
  };
  const stageIds = new Set<string>();
  definition.stages.forEach((stage, i) => {
    checkStage(stage, i, stageIds, { sink, expression });
  });
  checkFallbacks(definition.stages, sink);
  checkConditions(definition.conditions, sink);
  const indexed = indexExpressions(definition);
  const ruleSet = sink.items.length === 0 ? compileExpressions(definition.facts, indexed.expressions) : undefined;
  if (ruleSet === undefined || !ruleSet.ok) {
    const issues = ruleSet?.ok === false ? [...sink.items, toItem(ruleSet.error)] : sink.items;
    const message = `the workflow has ${issues.length} problem${issues.length === 1 ? "" : "s"}`;
    return { ok: false, error: { code: "invalid_workflow", message, issues } };
  }
  const { entryOutputs, taskOutputs } = indexed;
  return { ok: true, value: { definition, ruleSet: ruleSet.value, entryOutputs, taskOutputs } };
}

function toItem(error: DomainError): MissingItem {
  return { path: error.path ?? [], code: error.code, message: error.message };
}
