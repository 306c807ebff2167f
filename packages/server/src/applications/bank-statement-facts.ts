import { divideRounded } from "@lendstack/core/money";
import type { DocumentExtractionRow, StoredExtractedField } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { documentExtractionsStore } from "../document-extractions/store.js";
import { currentBorrowerDocuments } from "./borrower-documents.js";
import type { StoredForm } from "./response-schemas.js";

// The `bankStatement…` decision inputs: what the borrowers' bank statements say, read from the newest
// extraction of each statement a reviewer accepted. Rule-set input names are identifiers, so the namespace is
// the `bankStatement` prefix. Looked up only when a rule-set version declares one of them.

/**
 * The `bankStatement` namespace of decision inputs (money in minor units of the application's currency):
 * - `bankStatementCount` (number): accepted bank statements with an extraction;
 * - `bankStatementAverageMonthlyDeposits` (number, minor units): per borrower, the statements' `totalDeposits`
 *   summed and divided by that borrower's statement count (one statement = one month; half-even), then
 *   summed over borrowers;
 * - `bankStatementNsfCount` (number): the statements' NSF and overdraft items, summed;
 * - `bankStatementEndingBalance` (number, minor units): per borrower, the `closingBalance` of the statement
 *   with the latest `periodEnd`, summed over borrowers.
 * With no accepted statement these facts are absent (a nullable input then reads null; a required one makes
 * the decision 422 `missing_fact`), except `bankStatementCount`, which is 0.
 */
export const BANK_STATEMENT_FACTS = [
  "bankStatementCount",
  "bankStatementAverageMonthlyDeposits",
  "bankStatementNsfCount",
  "bankStatementEndingBalance",
] as const;

/** Accepted, current bank statements of the application or a borrower, with the person each is about. */
async function acceptedStatements(executor: Executor, tenantId: string, applicationId: string, form: StoredForm) {
  const current = await currentBorrowerDocuments(executor, tenantId, applicationId, form, ["bank_statement"]);
  return current.filter((document) => document.status === "accepted");
}

const field = (row: DocumentExtractionRow, name: string): StoredExtractedField | undefined =>
  row.fields.find((each) => each.name === name);

const minor = (row: DocumentExtractionRow, name: string): bigint | undefined => {
  const value = field(row, name)?.value;
  return value === undefined || !/^-?\d+$/.test(String(value)) ? undefined : BigInt(value);
};

interface PersonTotals {
  deposits: bigint;
  statements: bigint;
  latestEnd: string;
  endingBalance: bigint | undefined;
}

function totalsByPerson(extractions: ReadonlyArray<DocumentExtractionRow>, personOf: ReadonlyMap<string, string>) {
  const byPerson = new Map<string, PersonTotals>();
  let nsf: bigint | undefined;
  for (const row of extractions) {
    const person = personOf.get(row.documentId);
    if (person === undefined || row.documentType !== "bank_statement") continue;
    const totals = byPerson.get(person) ?? { deposits: 0n, statements: 0n, latestEnd: "", endingBalance: undefined };
    const deposits = minor(row, "totalDeposits");
    if (deposits !== undefined) {
      totals.deposits += deposits;
      totals.statements += 1n;
    }
    const end = String(field(row, "periodEnd")?.value ?? "");
    const closing = minor(row, "closingBalance");
    if (closing !== undefined && end >= totals.latestEnd) {
      totals.latestEnd = end;
      totals.endingBalance = closing;
    }
    const count = minor(row, "nsfCount");
    if (count !== undefined) nsf = (nsf ?? 0n) + count;
    byPerson.set(person, totals);
  }
  return { byPerson, nsf };
}

/**
 * The `bankStatement…` facts (see {@link BANK_STATEMENT_FACTS}) of an application's accepted bank statements.
 *
 * @example
 * const facts = await bankStatementFacts(tx, "demo", "app_…", form);
 */
export async function bankStatementFacts(
  executor: Executor,
  tenantId: string,
  applicationId: string,
  form: StoredForm,
): Promise<Record<string, number>> {
  const accepted = await acceptedStatements(executor, tenantId, applicationId, form);
  const personOf = new Map(accepted.map((statement) => [statement.id, statement.person]));
  const extractions = await documentExtractionsStore(executor, tenantId).latestOf([...personOf.keys()]);
  const { byPerson, nsf } = totalsByPerson(extractions, personOf);
  const people = [...byPerson.values()];
  const withDeposits = people.filter((totals) => totals.statements > 0n);
  const average = withDeposits.reduce(
    (sum, totals) => sum + divideRounded(totals.deposits, totals.statements, "half-even"),
    0n,
  );
  const balances = people.flatMap((totals) => (totals.endingBalance === undefined ? [] : [totals.endingBalance]));
  return {
    bankStatementCount: extractions.filter((row) => row.documentType === "bank_statement").length,
    ...(withDeposits.length === 0 ? {} : { bankStatementAverageMonthlyDeposits: Number(average) }),
    ...(nsf === undefined ? {} : { bankStatementNsfCount: Number(nsf) }),
    ...(balances.length === 0 ? {} : { bankStatementEndingBalance: Number(balances.reduce((a, b) => a + b, 0n)) }),
  };
}
