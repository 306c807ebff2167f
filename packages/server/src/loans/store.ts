import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { compiledStatement } from "../db/compiled-statement.js";
import type { Executor } from "../db/database.js";
import { equalTo, inRange, type Range } from "../db/filters.js";
import { type LoanEventRow, type LoanRow, loanEvents, loans } from "../db/schema/index.js";

/** Filters and position for one page of loans. @example store.list({ status: "active", take: 21 }) */
export interface LoanListQuery {
  readonly status?: string | undefined;
  readonly productId?: string | undefined;
  readonly externalReference?: string | undefined;
  readonly borrowerReference?: string | undefined;
  readonly decisionId?: string | undefined;
  readonly createdAt?: Range<Date> | undefined;
  /** Business dates `YYYY-MM-DD`. */
  readonly disbursementDate?: Range<string> | undefined;
  /** The id the page starts after. */
  readonly after?: string | undefined;
  /** Rows to fetch (one more than the page size, to learn whether more follow). */
  readonly take: number;
}

/**
 * Every loan query, scoped to one tenant: a store made for tenant A cannot see tenant B's loans.
 *
 * @example
 * const store = loansStore(tx, "demo");
 * const row = await store.find("loan_…", { forUpdate: true });
 */
export function loansStore(executor: Executor, tenantId: string) {
  const byId = (loanId: string) => and(eq(loans.tenantId, tenantId), eq(loans.id, loanId));
  return {
    /** The loan row; `forUpdate` takes a row lock held until the transaction ends (changes serialize on it). */
    async find(loanId: string, options: { forUpdate?: boolean } = {}): Promise<LoanRow | undefined> {
      const query = executor.select().from(loans).where(byId(loanId));
      const [row] = options.forUpdate === true ? await query.for("update") : await query;
      return row;
    },
    async findByExternalReference(externalReference: string): Promise<LoanRow | undefined> {
      const [row] = await executor
        .select()
        .from(loans)
        .where(and(eq(loans.tenantId, tenantId), eq(loans.externalReference, externalReference)));
      return row;
    },
    async list(query: LoanListQuery): Promise<LoanRow[]> {
      const conditions: SQL[] = [
        eq(loans.tenantId, tenantId),
        ...equalTo(loans.status, query.status),
        ...equalTo(loans.productId, query.productId),
        ...equalTo(loans.externalReference, query.externalReference),
        ...equalTo(loans.borrowerReference, query.borrowerReference),
        ...equalTo(loans.decisionId, query.decisionId),
        ...inRange(loans.createdAt, query.createdAt),
        ...inRange(loans.disbursementDate, query.disbursementDate),
      ];
      if (query.after !== undefined) conditions.push(gt(loans.id, query.after));
      return executor
        .select()
        .from(loans)
        .where(and(...conditions))
        .orderBy(asc(loans.id))
        .limit(query.take);
    },
    async insert(row: Omit<LoanRow, "tenantId">): Promise<void> {
      await executor.insert(loans).values({ ...row, tenantId });
    },
    async update(loanId: string, changes: Partial<Omit<LoanRow, "tenantId" | "id">>): Promise<void> {
      await executor.update(loans).set(changes).where(byId(loanId));
    },
    /** The loan's events in arrival (sequence) order. */
    async events(loanId: string): Promise<LoanEventRow[]> {
      return eventsInOrder.run(executor, { tenantId, loanId });
    },
    async insertEvent(row: Omit<LoanEventRow, "tenantId">): Promise<void> {
      await executor.insert(loanEvents).values({ ...row, tenantId });
    },
    /** Appends an event and updates the loan row in one statement (the insert as a CTE). */
    async appendEvent(
      row: Omit<LoanEventRow, "tenantId">,
      changes: Partial<Omit<LoanRow, "tenantId" | "id">>,
    ): Promise<void> {
      const appended = executor.$with("appended").as(
        executor
          .insert(loanEvents)
          .values({ ...row, tenantId })
          .returning({ sequence: loanEvents.sequence }),
      );
      await executor.with(appended).update(loans).set(changes).where(byId(row.loanId));
    },
  };
}

const eventsInOrder = compiledStatement<{ tenantId: string; loanId: string }, LoanEventRow>(
  (db, value) =>
    db
      .select()
      .from(loanEvents)
      .where(and(eq(loanEvents.tenantId, value("tenantId")), eq(loanEvents.loanId, value("loanId"))))
      .orderBy(asc(loanEvents.sequence)),
  loanEvents,
);

/** The store's type. @example let store: LoansStore; */
export type LoansStore = ReturnType<typeof loansStore>;
