import { incomeVarianceBasisPoints } from "@lendstack/core/origination";
import type { DocumentExtractionRow, StoredExtractedField } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { documentExtractionsStore } from "../document-extractions/store.js";
import { BANK_STATEMENT_FACTS, bankStatementFacts } from "./bank-statement-facts.js";
import { currentBorrowerDocuments } from "./borrower-documents.js";
import type { StoredForm } from "./response-schemas.js";

// What the documents' extractions tell a rule set: income verified from pay stubs, the variance from the
// stated income, NSF activity from bank statements. Only looked up when a rule-set version declares one.

/** Facts from extractions. */
export const DOCUMENT_FACTS = ["verifiedMonthlyIncome", "incomeVarianceBasisPoints", "nsfCount"] as const;

const EVIDENCE_TYPES = ["pay_stub", "bank_statement"];

/** The pay stubs and bank statements that count: current versions of the borrowers' documents, not rejected. */
async function evidence(executor: Executor, tenantId: string, applicationId: string, form: StoredForm) {
  const current = await currentBorrowerDocuments(executor, tenantId, applicationId, form, EVIDENCE_TYPES);
  return current.filter((document) => document.status !== "rejected");
}

/** Each person's newest extraction of a document type (extraction ids sort by time). */
function newestPerPerson(
  extractions: ReadonlyArray<DocumentExtractionRow>,
  personOf: ReadonlyMap<string, string>,
  documentType: string,
): DocumentExtractionRow[] {
  const newest = new Map<string, DocumentExtractionRow>();
  for (const row of extractions) {
    const person = personOf.get(row.documentId);
    if (row.documentType !== documentType || person === undefined) continue;
    const held = newest.get(person);
    if (held === undefined || held.id < row.id) newest.set(person, row);
  }
  return [...newest.values()];
}

/** The sum of one field over extractions, or undefined when none has it. */
function sumOf(rows: ReadonlyArray<DocumentExtractionRow>, name: string): bigint | undefined {
  const fields = rows.flatMap((row) => row.fields.filter((field: StoredExtractedField) => field.name === name));
  if (fields.length === 0) return undefined;
  return fields.reduce((sum, field) => sum + BigInt(field.value), 0n);
}

/**
 * The facts the documents' newest extractions supply (see `evidence` for which documents count, and one
 * pay stub and one bank statement per person: the newest extracted):
 * `verifiedMonthlyIncome` (minor units: the borrowers' pay stubs' `monthlyIncome`, summed),
 * `incomeVarianceBasisPoints` (|stated − verified| × 10,000 / stated, half-up; null when nothing is stated)
 * and `nsfCount` (the bank statements' NSF and overdraft fee lines, summed). No extraction: no fact (a
 * nullable input is then null).
 *
 * @example
 * const facts = await documentFacts(tx, "demo", "app_…", form, 708_333);
 */
export async function documentFacts(
  executor: Executor,
  tenantId: string,
  applicationId: string,
  form: StoredForm,
  statedMonthlyIncome: unknown,
): Promise<Record<string, unknown>> {
  const counted = await evidence(executor, tenantId, applicationId, form);
  const personOf = new Map(counted.map((document) => [document.id, document.person]));
  const extractions = await documentExtractionsStore(executor, tenantId).latestOf([...personOf.keys()]);
  const verified = sumOf(newestPerPerson(extractions, personOf, "pay_stub"), "monthlyIncome");
  const nsf = sumOf(newestPerPerson(extractions, personOf, "bank_statement"), "nsfCount");
  const stated =
    typeof statedMonthlyIncome === "number" && Number.isSafeInteger(statedMonthlyIncome)
      ? BigInt(statedMonthlyIncome)
      : undefined;
  const variance =
    verified === undefined || stated === undefined ? undefined : incomeVarianceBasisPoints(stated, verified);
  return {
    ...(verified === undefined ? {} : { verifiedMonthlyIncome: Number(verified) }),
    ...(verified === undefined ? {} : { incomeVarianceBasisPoints: variance === undefined ? null : Number(variance) }),
    ...(nsf === undefined ? {} : { nsfCount: Number(nsf) }),
  };
}

/**
 * The document facts a rule-set version declares: `documentFacts` (pay stubs and the newest bank statements,
 * not rejected) and `bankStatementFacts` (accepted bank statements: the `bankStatement…` namespace), each looked
 * up only when one of its facts is declared.
 *
 * @example
 * const facts = await declaredDocumentFacts(tx, "demo", "app_…", form, ["bankStatementNsfCount"], 708_333);
 */
export async function declaredDocumentFacts(
  executor: Executor,
  tenantId: string,
  applicationId: string,
  form: StoredForm,
  declared: ReadonlyArray<string>,
  statedMonthlyIncome: unknown,
): Promise<Record<string, unknown>> {
  const wants = (names: ReadonlyArray<string>) => names.some((name) => declared.includes(name));
  return {
    ...(wants(DOCUMENT_FACTS) ? await documentFacts(executor, tenantId, applicationId, form, statedMonthlyIncome) : {}),
    ...(wants(BANK_STATEMENT_FACTS) ? await bankStatementFacts(executor, tenantId, applicationId, form) : {}),
  };
}
