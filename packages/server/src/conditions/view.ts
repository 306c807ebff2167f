import type { UnderwritingCondition } from "@lendstack/core/origination";
import { decodeStored } from "../db/corrupt-record.js";
import type { ApplicationConditionRow } from "../db/schema/index.js";
import { documentTypeSchema } from "../documents/schemas.js";
import { type ConditionBody, conditionKindSchema, conditionStatusSchema } from "./schemas.js";

/** A stored condition as core's `UnderwritingCondition`. @example checkConditionsFor(rows.map(toCoreCondition), command) */
export function toCoreCondition(row: ApplicationConditionRow): UnderwritingCondition {
  const at = (column: string) => ({ table: "application_conditions", id: row.id, column });
  return {
    id: row.id,
    kind: decodeStored(conditionKindSchema, row.kind, at("kind")),
    description: row.description,
    status: decodeStored(conditionStatusSchema, row.status, at("status")),
    raisedBy: row.raisedBy,
    raisedAt: row.raisedAt.toISOString(),
    ...(row.resolvedBy === null ? {} : { resolvedBy: row.resolvedBy }),
    ...(row.resolvedAt === null ? {} : { resolvedAt: row.resolvedAt.toISOString() }),
    ...(row.waiverReason === null ? {} : { waiverReason: row.waiverReason }),
  };
}

/** @example return c.json(toConditionBody(row), 200); */
export function toConditionBody(row: ApplicationConditionRow): ConditionBody {
  const condition = toCoreCondition(row);
  const at = (column: string) => ({ table: "application_conditions", id: row.id, column });
  return {
    object: "condition",
    id: row.id,
    applicationId: row.applicationId,
    workflowId: row.workflowId,
    templateId: row.templateId,
    kind: condition.kind,
    description: row.description,
    status: condition.status,
    raisedBy: row.raisedBy,
    raisedAt: condition.raisedAt,
    resolvedBy: row.resolvedBy,
    resolvedAt: condition.resolvedAt ?? null,
    waiverReason: row.waiverReason,
    documentType:
      row.documentType === null ? null : decodeStored(documentTypeSchema, row.documentType, at("documentType")),
    clearedByDocumentId: row.clearedByDocumentId,
  };
}
