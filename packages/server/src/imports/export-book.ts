import type { LocalDate } from "@lendstack/core/calendar";
import { InvariantError, ok, type Result } from "@lendstack/core/errors";
import { type ExportForm, exportLoan } from "@lendstack/core/migration";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { type LoanEventRow, type LoanRow, loanEvents } from "../db/schema/index.js";
import { decodeLoan, rowToEvent } from "../loans/codec.js";
import { loansStore } from "../loans/store.js";

/** Loans read per page (one query for the loans, one for their events). */
const PAGE = 200;

/** One page of the book: loans after `after` in id order, with their events. */
export interface BookPage {
  readonly rows: ReadonlyArray<LoanRow>;
  readonly events: ReadonlyMap<string, ReadonlyArray<LoanEventRow>>;
}

/** Runs a page's reads (the caller chooses the transaction). */
export type PageReader = (read: (executor: Executor) => Promise<BookPage>) => Promise<BookPage>;

/**
 * The page of loans after `after` (id order) and their events in arrival order: two queries.
 *
 * @example const page = await readBookPage(db, "demo", undefined);
 */
export async function readBookPage(executor: Executor, tenantId: string, after: string | undefined): Promise<BookPage> {
  const rows = await loansStore(executor, tenantId).list({ take: PAGE, ...(after === undefined ? {} : { after }) });
  const events = new Map<string, LoanEventRow[]>();
  if (rows.length === 0) return { rows, events };
  const eventRows = await executor
    .select()
    .from(loanEvents)
    .where(
      and(
        eq(loanEvents.tenantId, tenantId),
        inArray(
          loanEvents.loanId,
          rows.map((row) => row.id),
        ),
      ),
    )
    .orderBy(asc(loanEvents.loanId), asc(loanEvents.sequence));
  for (const row of eventRows) {
    const list = events.get(row.loanId) ?? [];
    list.push(row);
    events.set(row.loanId, list);
  }
  return { rows, events };
}

function lineOf(row: LoanRow, events: ReadonlyArray<LoanEventRow>, asOf: LocalDate, form: ExportForm): string {
  const input = {
    sourceId: row.externalReference ?? row.id,
    borrowerReference: row.borrowerReference ?? row.id,
    loan: decodeLoan(row),
    events: events.map(rowToEvent),
    asOf,
  };
  const record = exportLoan(input, form);
  // A stored loan's events replayed when they were appended; one that no longer does is a corrupt book.
  if (!record.ok) throw new InvariantError(`loan ${row.id} does not replay: ${record.error.code}`);
  return `${JSON.stringify(record.value)}\n`;
}

/**
 * The tenant's book as import lines (JSON Lines), one page of loans at a time, so a large book is never
 * held whole: each loan's terms, policy, full history (or, with `form` `opening`, its opening balances on
 * `asOf` and the events after it) and Lendstack's own figures as of `asOf`, with its `externalReference`
 * (else its id) as the source id. Importing it into another tenant must reconcile every loan to the cent.
 *
 * @example for await (const line of bookLines((read) => read(db), "demo", asOf, "history")) out.write(line);
 */
export async function* bookLines(
  reader: PageReader,
  tenantId: string,
  asOf: LocalDate,
  form: ExportForm,
): AsyncGenerator<string> {
  let after: string | undefined;
  for (;;) {
    const position = after;
    const page = await reader((executor) => readBookPage(executor, tenantId, position));
    for (const row of page.rows) yield lineOf(row, page.events.get(row.id) ?? [], asOf, form);
    if (page.rows.length < PAGE) return;
    after = page.rows.at(-1)?.id;
  }
}

/**
 * The whole book as one string (tests and small books; the API and the CLI stream `bookLines`).
 *
 * @example const jsonl = unwrap(await exportBook(db, "tenant-a", date("2026-06-30")));
 */
export async function exportBook(
  executor: Executor,
  tenantId: string,
  asOf: LocalDate,
  form: ExportForm = "history",
): Promise<Result<string>> {
  let text = "";
  for await (const line of bookLines((read) => read(executor), tenantId, asOf, form)) text += line;
  return ok(text);
}
