import type { ScreeningHitRow, ScreeningRow } from "../db/schema/index.js";
import type { ScreeningBody, ScreeningHitBody } from "./schemas.js";

/** @example c.json(toScreeningHitBody(row), 200) */
export function toScreeningHitBody(row: ScreeningHitRow): ScreeningHitBody {
  return {
    object: "screening_hit",
    id: row.id,
    screeningId: row.screeningId,
    partyId: row.partyId,
    listId: row.listId,
    entry: {
      id: row.entryId,
      name: row.entryName,
      type: row.entryType as ScreeningHitBody["entry"]["type"],
      programs: row.programs,
    },
    matchedName: row.matchedName,
    aliasId: row.aliasId,
    screenedName: row.screenedName,
    score: row.score,
    status: row.status as ScreeningHitBody["status"],
    taskId: row.taskId,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewNote: row.reviewNote,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** @example c.json(toScreeningBody(row, hits), 201) */
export function toScreeningBody(row: ScreeningRow, hits: ReadonlyArray<ScreeningHitRow>): ScreeningBody {
  return {
    object: "screening",
    id: row.id,
    partyId: row.partyId,
    listId: row.listId,
    threshold: row.threshold,
    namesScreened: row.namesScreened,
    outcome: row.outcome as ScreeningBody["outcome"],
    trigger: row.trigger as ScreeningBody["trigger"],
    hits: hits.map(toScreeningHitBody),
    createdAt: row.createdAt.toISOString(),
  };
}
