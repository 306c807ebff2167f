import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One stay of an application in a lifecycle state, typed, beside the application's `stateHistory`: what the
 * pipeline report aggregates in SQL (dwell and age percentiles, SLA breaches, the funnel) without reading
 * every application's history. `exitedAt` is null for the stay the application is in now. Written in the
 * transaction that moves the application.
 *
 * @example
 * await db.select().from(applicationStageVisits).where(and(eq(applicationStageVisits.tenantId, t), isNull(applicationStageVisits.exitedAt)));
 */
export const applicationStageVisits = pgTable(
  "application_stage_visits",
  {
    tenantId: text().notNull(),
    applicationId: text().notNull(),
    /** Position in the application's history, from 0 (its `draft`). */
    seq: integer().notNull(),
    state: text().notNull(),
    enteredAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    exitedAt: timestamp({ withTimezone: true, mode: "date" }),
    /**
     * When the stay breaches its SLA: `enteredAt` plus the hours `origination.stageSlaHours` gave the state
     * in the product's version current when the stay began; null when it had none.
     */
    dueAt: timestamp({ withTimezone: true, mode: "date" }),
    /** Written by the database: `enteredAt` as whole milliseconds since the Unix epoch (floored). */
    enteredMs: bigint({ mode: "number" })
      .notNull()
      .generatedAlwaysAs(
        sql`floor(extract(epoch from (entered_at - '1970-01-01 00:00:00+00'::timestamptz)) * 1000)::bigint`,
      ),
    /** Written by the database: a closed stay's dwell in whole milliseconds (never negative); null while open. */
    dwellMs: bigint({ mode: "number" }).generatedAlwaysAs(
      sql`greatest(0, floor(extract(epoch from (exited_at - entered_at)) * 1000))::bigint`,
    ),
    /** Written by the database: whether a closed stay ended after its SLA deadline; null while open or without one. */
    slaBreached: boolean().generatedAlwaysAs(sql`exited_at > due_at`),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.applicationId, table.seq] }),
    // The funnel: which applications reached a state, read from the index alone.
    index().on(table.tenantId, table.state, table.applicationId),
    // The pipeline report's per-state figures read from these two alone (index-only scans), never the heap:
    // closed stays with their fixed dwell and breach, open stays with what their age and breach need.
    index("application_stage_visits_closed_index")
      .on(table.tenantId, table.state, table.dwellMs, table.slaBreached)
      .where(sql`exited_at is not null`),
    index("application_stage_visits_open_index")
      .on(table.tenantId, table.state, table.enteredMs, table.dueAt, table.applicationId)
      .where(sql`exited_at is null`),
  ],
);

/** @example const row: ApplicationStageVisitRow = rows[0]!; */
export type ApplicationStageVisitRow = typeof applicationStageVisits.$inferSelect;
