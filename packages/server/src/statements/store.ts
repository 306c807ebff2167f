import type { LocalDate } from "@lendstack/core/calendar";
import { and, desc, eq, inArray, lt } from "drizzle-orm";
import { jsonRows } from "../db/json-rows.js";
import { type LoanStatementRow, loanStatements } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/**
 * A page of a loan's statements, newest first (by statement date; `after` is the previous page's last date).
 *
 * @example await listStatements(db, t, "loan_…", { take: 21 })
 */
export function listStatements(
  executor: Executor,
  tenantId: string,
  loanId: string,
  query: { readonly after?: string | undefined; readonly take: number },
): Promise<LoanStatementRow[]> {
  return executor
    .select()
    .from(loanStatements)
    .where(
      and(
        eq(loanStatements.tenantId, tenantId),
        eq(loanStatements.loanId, loanId),
        ...(query.after === undefined ? [] : [lt(loanStatements.statementDate, query.after)]),
      ),
    )
    .orderBy(desc(loanStatements.statementDate))
    .limit(query.take);
}

/** One statement of a loan. @example await findStatement(db, t, "loan_…", "stm_…") */
export async function findStatement(
  executor: Executor,
  tenantId: string,
  loanId: string,
  statementId: string,
): Promise<LoanStatementRow | undefined> {
  const [row] = await executor
    .select()
    .from(loanStatements)
    .where(
      and(eq(loanStatements.tenantId, tenantId), eq(loanStatements.loanId, loanId), eq(loanStatements.id, statementId)),
    );
  return row;
}

/** What the next statement opens on: the previous one's date and closing balances. */
export interface PreviousStatement {
  readonly statementDate: LocalDate;
  readonly closingPrincipalMinor: bigint;
  readonly closingInterestMinor: bigint;
  readonly closingFeesMinor: bigint;
  readonly closingUnappliedMinor: bigint;
}

/**
 * Each loan's latest statement before `date`, in one query.
 *
 * @example const previous = await latestStatementsBefore(tx, t, ["loan_…"], date("2026-03-01"));
 */
export async function latestStatementsBefore(
  executor: Executor,
  tenantId: string,
  loanIds: ReadonlyArray<string>,
  date: LocalDate,
): Promise<Map<string, PreviousStatement>> {
  if (loanIds.length === 0) return new Map();
  const rows = await executor
    .selectDistinctOn([loanStatements.loanId], {
      loanId: loanStatements.loanId,
      statementDate: loanStatements.statementDate,
      closingPrincipalMinor: loanStatements.closingPrincipalMinor,
      closingInterestMinor: loanStatements.closingInterestMinor,
      closingFeesMinor: loanStatements.closingFeesMinor,
      closingUnappliedMinor: loanStatements.closingUnappliedMinor,
    })
    .from(loanStatements)
    .where(
      and(
        eq(loanStatements.tenantId, tenantId),
        inArray(loanStatements.loanId, [...loanIds]),
        lt(loanStatements.statementDate, date),
      ),
    )
    .orderBy(loanStatements.loanId, desc(loanStatements.statementDate));
  return new Map(
    rows.map(({ loanId, statementDate, ...closing }) => [
      loanId,
      { statementDate: statementDate as LocalDate, ...closing },
    ]),
  );
}

/** Rows per insert statement: well under PostgreSQL's 65,535 bind parameters (14 columns a statement). */
const rowsPerStatement = 1_000;

/**
 * Inserts statements, skipping any loan that already has one for its date (a re-run close); returns
 * the rows inserted. One statement per 1,000 rows.
 *
 * @example const inserted = await insertStatements(tx, rows);
 */
export async function insertStatements(
  executor: Executor,
  rows: ReadonlyArray<LoanStatementRow>,
): Promise<LoanStatementRow[]> {
  const inserted: LoanStatementRow[] = [];
  for (let from = 0; from < rows.length; from += rowsPerStatement) {
    const chunk = rows.slice(from, from + rowsPerStatement);
    inserted.push(
      ...(await executor
        .insert(loanStatements)
        .select(jsonRows(loanStatements, chunk))
        .onConflictDoNothing({
          target: [loanStatements.tenantId, loanStatements.loanId, loanStatements.statementDate],
        })
        .returning()),
    );
  }
  return inserted;
}
