import { and, eq, inArray } from "drizzle-orm";
import { documents } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import type { StoredForm } from "./response-schemas.js";

/**
 * The current version of each document of these types held by the application or one of its borrowers
 * (not a guarantor), with its status and the person it is about (an application's document is the primary
 * applicant's).
 *
 * @example
 * const statements = await currentBorrowerDocuments(tx, "demo", "app_…", form, ["bank_statement"]);
 */
export async function currentBorrowerDocuments(
  executor: Executor,
  tenantId: string,
  applicationId: string,
  form: StoredForm,
  types: ReadonlyArray<string>,
) {
  const borrowers = (form.applicants ?? []).filter((applicant) => applicant.role !== "guarantor");
  const primary = borrowers.find((applicant) => applicant.role === "primary")?.partyId ?? applicationId;
  const rows = await executor
    .select()
    .from(documents)
    .where(
      and(
        eq(documents.tenantId, tenantId),
        inArray(documents.ownerId, [applicationId, ...borrowers.map((borrower) => borrower.partyId)]),
        inArray(documents.type, [...types]),
      ),
    );
  const superseded = new Set(rows.flatMap((row) => (row.supersedesId === null ? [] : [row.supersedesId])));
  return rows
    .filter((row) => !superseded.has(row.id))
    .map((row) => ({
      id: row.id,
      status: row.status,
      person: row.ownerType === "application" ? primary : row.ownerId,
    }));
}
