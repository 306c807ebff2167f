import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

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
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.applicationId, table.seq] }),
    index().on(table.tenantId, table.state),
  ],
);

/** @example const row: ApplicationStageVisitRow = rows[0]!; */
export type ApplicationStageVisitRow = typeof applicationStageVisits.$inferSelect;
