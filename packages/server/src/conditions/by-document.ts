import { terminalStates } from "@lendstack/core/origination";
import { and, desc, eq, inArray, notInArray, sql } from "drizzle-orm";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import {
  type ApplicationConditionRow,
  type ApplicationRow,
  applicationConditions,
  applications,
  type DocumentRow,
  documents,
} from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { toConditionBody } from "./view.js";

// A condition naming a document type is met by an accepted document of that type that belongs to the
// application or to one of its applicants (a pay stub uploaded to the borrower serves every application).

/** The open applications a document speaks for: its own application, or those its party applies on. */
async function applicationsOf(executor: Executor, tenantId: string, document: DocumentRow): Promise<string[]> {
  if (document.ownerType === "application") return [document.ownerId];
  if (document.ownerType !== "party") return [];
  const applicant = JSON.stringify([{ partyId: document.ownerId }]);
  const rows = await executor
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        eq(applications.tenantId, tenantId),
        notInArray(applications.state, [...terminalStates]),
        sql`${applications.form} -> 'applicants' @> ${applicant}::jsonb`,
      ),
    );
  return rows.map((row) => row.id);
}

/** Marks one open condition met by a document, with its audit record and `condition.cleared` event. */
async function clearWith(
  executor: Executor,
  context: ChangeContext,
  condition: ApplicationConditionRow,
  document: DocumentRow,
): Promise<ApplicationConditionRow> {
  const [row] = await executor
    .update(applicationConditions)
    .set({
      status: "cleared",
      resolvedBy: document.reviewedBy ?? context.actor,
      resolvedAt: context.now,
      clearedByDocumentId: document.id,
    })
    .where(and(eq(applicationConditions.tenantId, context.tenantId), eq(applicationConditions.id, condition.id)))
    .returning();
  if (row === undefined) throw new Error(`condition ${condition.id} vanished under its row lock`);
  const details = { applicationId: row.applicationId, documentId: document.id };
  await writeAudit(executor, context, {
    action: "condition.cleared",
    resourceType: "condition",
    resourceId: row.id,
    details,
  });
  const data = toConditionBody(row);
  await recordEvent(executor, context, {
    type: "condition.cleared",
    resourceType: "condition",
    resourceId: row.id,
    data,
  });
  return row;
}

/**
 * A reviewer accepted `document`: every open condition of its type on the applications it speaks for is
 * cleared by it, in the caller's transaction. Returns the conditions it cleared.
 *
 * @example
 * const cleared = await clearConditionsByDocument(tx, context, acceptedDocument);
 */
export async function clearConditionsByDocument(
  executor: Executor,
  context: ChangeContext,
  document: DocumentRow,
): Promise<ApplicationConditionRow[]> {
  const applicationIds = await applicationsOf(executor, context.tenantId, document);
  if (applicationIds.length === 0) return [];
  const open = await executor
    .select()
    .from(applicationConditions)
    .where(
      and(
        eq(applicationConditions.tenantId, context.tenantId),
        inArray(applicationConditions.applicationId, applicationIds),
        eq(applicationConditions.documentType, document.type),
        eq(applicationConditions.status, "open"),
      ),
    )
    .orderBy(applicationConditions.id)
    .for("update");
  const cleared: ApplicationConditionRow[] = [];
  for (const condition of open) cleared.push(await clearWith(executor, context, condition, document));
  return cleared;
}

/**
 * The latest accepted document of `type` belonging to the application or to one of `partyIds`, if any.
 *
 * @example
 * const found = await acceptedDocumentOfType(tx, tenantId, application, ["pty_…"], "pay_stub");
 */
export async function acceptedDocumentOfType(
  executor: Executor,
  tenantId: string,
  application: Pick<ApplicationRow, "id">,
  partyIds: ReadonlyArray<string>,
  type: string,
): Promise<DocumentRow | undefined> {
  const [row] = await executor
    .select()
    .from(documents)
    .where(
      and(
        eq(documents.tenantId, tenantId),
        inArray(documents.ownerId, [application.id, ...partyIds]),
        eq(documents.type, type),
        eq(documents.status, "accepted"),
      ),
    )
    .orderBy(desc(documents.reviewedAt), desc(documents.id))
    .limit(1);
  return row;
}

/**
 * A condition just raised with a document type that an accepted document already meets is cleared by it
 * at once (the underwriter need not ask for what the file holds).
 *
 * @example
 * const row = await clearIfAlreadyMet(tx, context, raised, ["pty_…"]);
 */
export async function clearIfAlreadyMet(
  executor: Executor,
  context: ChangeContext,
  condition: ApplicationConditionRow,
  partyIds: ReadonlyArray<string>,
): Promise<ApplicationConditionRow> {
  if (condition.documentType === null) return condition;
  const application = { id: condition.applicationId };
  const found = await acceptedDocumentOfType(executor, context.tenantId, application, partyIds, condition.documentType);
  return found === undefined ? condition : clearWith(executor, context, condition, found);
}
