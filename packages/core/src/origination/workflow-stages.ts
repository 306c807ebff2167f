import type { Result } from "../errors/index.js";
import { evaluate } from "../rules/index.js";
import { formatInstant, type Instant, parseInstant } from "./instant.js";
import type { ApplicationState } from "./lifecycle.js";
import { slaDueAt, type WorkingHours } from "./sla.js";
import type { StaffRole, WorkflowStage } from "./workflow-definition.js";
import { outputName } from "./workflow-expressions.js";
import type { CompiledWorkflow } from "./workflow-validate.js";

/**
 * A task to create, from a stage's task template: routed to `queue` and `role`, due at `dueAt`.
 *
 * @example const task: TaskToCreate = { stageId: "review", templateId: "verify-income", name: "Verify income", queue: "verifications", role: "processor", createdAt: "…", dueAt: "…" };
 */
export interface TaskToCreate {
  readonly stageId: string;
  readonly templateId: string;
  readonly name: string;
  readonly queue: string;
  readonly role: StaffRole;
  readonly createdAt: Instant;
  readonly dueAt: Instant;
}

/**
 * The stage an application enters and the tasks that come with it.
 *
 * @example const entry: StageEntry = { stageId: "manual-review", stageName: "Manual review", state: "in_review", tasks: [] };
 */
export interface StageEntry {
  readonly stageId: string;
  readonly stageName: string;
  readonly state: ApplicationState;
  /** When the stage's own SLA (if any) runs out. */
  readonly dueAt?: Instant;
  readonly tasks: ReadonlyArray<TaskToCreate>;
}

/**
 * The stage an application enters when it enters lifecycle `state`, and the tasks to create: the
 * first stage of that state whose entry condition holds for `facts` (facts are checked against the
 * workflow's declared facts: `missing_fact`, `invalid_fact`), with each of its tasks whose `when`
 * holds, due by its SLA from `at`. `undefined` when the workflow has no stage for the state.
 *
 * @example
 * const entry = enterStage(compiled, "in_review", { amount: 3_000_000, sanctionsHit: true }, "2026-03-06T16:00:00Z", hours);
 * // ok({ stageId: "manual-review", tasks: [{ templateId: "review-sanctions-hit", dueAt: "2026-03-09T12:00:00.000Z", … }], … })
 */
export function enterStage(
  compiled: CompiledWorkflow,
  state: ApplicationState,
  facts: unknown,
  at: Instant,
  hours: WorkingHours,
): Result<StageEntry | undefined> {
  const startMs = parseInstant(at, ["at"]);
  if (!startMs.ok) return startMs;
  const evaluation = evaluate(compiled.ruleSet, facts, { trace: false });
  if (!evaluation.ok) return evaluation;
  const holds = (index: number | undefined) =>
    index === undefined || evaluation.value.outputs[outputName(index)] === true;
  const stages = compiled.definition.stages;
  const index = stages.findIndex((stage, i) => stage.state === state && holds(compiled.entryOutputs[i]));
  if (index === -1) return { ok: true, value: undefined };
  const stage = stages[index]!;
  const due = (sla: NonNullable<WorkflowStage["sla"]>) => formatInstant(slaDueAt(startMs.value, sla, hours));
  const tasks = stage.tasks
    .filter((_, j) => holds(compiled.taskOutputs[index]?.[j]))
    .map((task) => ({
      stageId: stage.id,
      templateId: task.id,
      name: task.name,
      queue: task.queue,
      role: task.role,
      createdAt: formatInstant(startMs.value),
      dueAt: due(task.sla),
    }));
  const entry = { stageId: stage.id, stageName: stage.name, state: stage.state, tasks };
  return { ok: true, value: stage.sla === undefined ? entry : { ...entry, dueAt: due(stage.sla) } };
}
