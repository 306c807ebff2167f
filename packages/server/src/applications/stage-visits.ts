import { and, eq, isNull, sql } from "drizzle-orm";
import { applicationStageVisits } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/**
 * Records an application's stays as typed rows beside its `stateHistory` (for the pipeline report), in the
 * caller's transaction: the stay it is in now ends at `at`, and each state reached starts a stay at `at`
 * (every one but the last ends at once), due by the SLA hours the product's current version gives its
 * state (`origination.stageSlaHours`). `firstSeq` is the new stays' position: the history's length before
 * them.
 *
 * @example
 * await recordStays(tx, tenantId, "app_…", 3, ["in_review", "approved"], now);
 */
export async function recordStays(
  executor: Executor,
  tenantId: string,
  applicationId: string,
  firstSeq: number,
  states: ReadonlyArray<string>,
  at: Date,
): Promise<void> {
  if (states.length === 0) return;
  if (firstSeq > 0) {
    await executor
      .update(applicationStageVisits)
      .set({ exitedAt: at })
      .where(
        and(
          eq(applicationStageVisits.tenantId, tenantId),
          eq(applicationStageVisits.applicationId, applicationId),
          isNull(applicationStageVisits.exitedAt),
        ),
      );
  }
  const enteredAt = sql`${at.toISOString()}::timestamptz`;
  const stays = states.map((state, i) => ({ seq: firstSeq + i, state, open: i === states.length - 1 }));
  // Each stay's SLA deadline from the application's product, current version, in the same statement.
  await executor.execute(sql`
    insert into application_stage_visits (tenant_id, application_id, seq, state, entered_at, exited_at, due_at)
    select ${tenantId}, ${applicationId}, v.seq, v.state, ${enteredAt}, case when v.open then null else ${enteredAt} end,
      ${enteredAt} + (floor((sla.hours ->> v.state)::float8 * 3600000)::bigint * interval '1 millisecond')
    from jsonb_to_recordset(${JSON.stringify(stays)}::jsonb) as v(seq integer, state text, open boolean)
    left join (
      select pv.definition -> 'origination' -> 'stageSlaHours' as hours
      from applications a
      join products p on p.tenant_id = a.tenant_id and p.id = a.product_id
      join product_versions pv on pv.tenant_id = p.tenant_id and pv.product_id = p.id and pv.version = p.current_version
      where a.tenant_id = ${tenantId} and a.id = ${applicationId}
    ) sla on true`);
}
