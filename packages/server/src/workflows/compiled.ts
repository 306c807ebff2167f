import { type BusinessCalendar, businessCalendar, usFederalCalendar } from "@lendstack/core/calendar";
import { fail, ok, type Result } from "@lendstack/core/errors";
import {
  type CompiledWorkflow,
  type MissingItem,
  validateWorkflow,
  type WorkflowDefinition,
  type WorkingHours,
} from "@lendstack/core/origination";
import { CorruptRecordError } from "../db/corrupt-record.js";
import type { StoredWorkingHours, WorkflowRow } from "../db/schema/index.js";
import { definitionOf, workingHoursOf } from "./view.js";

/** What the API takes as a definition: core's shape with roles, states, units and kinds as plain strings. */
export interface DefinitionInput {
  readonly facts: ReadonlyArray<object>;
  readonly stages: ReadonlyArray<object>;
  readonly conditions: ReadonlyArray<object>;
}

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** Where the working hours are unusable; core's validation lists the rest. */
function hoursIssues(hours: StoredWorkingHours): MissingItem[] {
  if (minutesOf(hours.closesAt) > minutesOf(hours.opensAt)) return [];
  const message = "closesAt must be after opensAt";
  return [{ path: ["workingHours", "closesAt"], code: "invalid_working_hours", message }];
}

/**
 * Core's `validateWorkflow` over an API definition, plus the working hours: the compiled workflow, or 422
 * `invalid_workflow` with every problem in `details.issues` (paths into the request body).
 *
 * @example
 * const checked = checkWorkflow("prd_…", 1, body, defaultWorkingHours);
 */
export function checkWorkflow(
  productId: string,
  version: number,
  input: DefinitionInput,
  hours: StoredWorkingHours,
): Result<CompiledWorkflow> {
  // The strings are checked against core's unions by validateWorkflow itself, which is why it is called.
  const definition = { productId, version, ...input } as unknown as WorkflowDefinition;
  const validated = validateWorkflow(definition);
  const issues = [...(validated.ok ? [] : validated.error.issues), ...hoursIssues(hours)];
  if (issues.length === 0 && validated.ok) return ok(validated.value);
  const message = `the workflow has ${issues.length} problem${issues.length === 1 ? "" : "s"}`;
  return fail("invalid_workflow", message, undefined, { issues });
}

/**
 * A stored version compiled for `enterStage`. It was valid when stored, so a refusal now is a corrupt row.
 *
 * @example
 * const compiled = compiledWorkflow(row);
 */
export function compiledWorkflow(row: WorkflowRow): CompiledWorkflow {
  const checked = checkWorkflow(row.productId, row.version, definitionOf(row), workingHoursOf(row));
  if (!checked.ok)
    throw new CorruptRecordError({ table: "workflows", id: row.id, column: "definition" }, checked.error.message);
  return checked.value;
}

const calendars = new Map<string, BusinessCalendar>();
const weekendsOnly = businessCalendar({ name: "weekends-only", holidays: [] });

/** US federal holidays from last year through 45 years on (the longest SLA, 10000 business days, fits). */
function federalCalendarFrom(year: number): BusinessCalendar {
  const key = String(year);
  const cached = calendars.get(key);
  if (cached !== undefined) return cached;
  const calendar = usFederalCalendar(year - 1, year + 45);
  calendars.set(key, calendar);
  return calendar;
}

/**
 * The stored working hours as core's `WorkingHours`, for SLAs starting at `now`.
 *
 * @example
 * enterStage(compiled, "in_review", facts, now.toISOString(), coreWorkingHours(row, now));
 */
export function coreWorkingHours(row: WorkflowRow, now: Date): WorkingHours {
  const hours = workingHoursOf(row);
  const calendar = hours.calendar === "us_federal" ? federalCalendarFrom(now.getUTCFullYear()) : weekendsOnly;
  return {
    calendar,
    openMinute: minutesOf(hours.opensAt),
    closeMinute: minutesOf(hours.closesAt),
    utcOffsetMinutes: hours.utcOffsetMinutes,
  };
}
