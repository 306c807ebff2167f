import { decodeStored } from "../db/corrupt-record.js";
import type { WorkflowRow } from "../db/schema/index.js";
import { storedDefinitionSchema, type WorkflowBody, workflowStatusSchema, workingHoursSchema } from "./schemas.js";

const at = (row: WorkflowRow, column: string) => ({ table: "workflows", id: row.id, column });

/** The stored definition, decoded (a corrupt row is 500 `corrupt_record`, never a wrong answer). */
export function definitionOf(row: WorkflowRow) {
  return decodeStored(storedDefinitionSchema, row.definition, at(row, "definition"));
}

/** The stored working hours, decoded. */
export function workingHoursOf(row: WorkflowRow) {
  return decodeStored(workingHoursSchema, row.workingHours, at(row, "working_hours"));
}

/**
 * A workflow row as the API returns it.
 *
 * @example
 * return c.json(toWorkflowBody(row), 200);
 */
export function toWorkflowBody(row: WorkflowRow): WorkflowBody {
  return {
    object: "workflow",
    id: row.id,
    productId: row.productId,
    version: row.version,
    status: decodeStored(workflowStatusSchema, row.status, at(row, "status")),
    ...definitionOf(row),
    workingHours: workingHoursOf(row),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedBy: row.publishedBy,
    supersededAt: row.supersededAt?.toISOString() ?? null,
  };
}
