import type { LocalDate } from "@lendstack/core/calendar";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { type ExportForm, exportLoan, type ImportRecord, toJsonLines } from "@lendstack/core/migration";
import type { Executor } from "../db/database.js";
import { loadLoan } from "../loans/load.js";
import { loansStore } from "../loans/store.js";

/** Loans read per page. */
const PAGE = 200;

/**
 * The tenant's whole book as an import file (JSON Lines): each loan's terms, policy, full history and
 * Lendstack's own figures as of `asOf`, with its `externalReference` (else its id) as the source id.
 * Importing it into another tenant must reconcile every loan to the cent.
 *
 * @example const jsonl = unwrap(await exportBook(db, "tenant-a", date("2026-06-30")));
 */
export async function exportBook(
  executor: Executor,
  tenantId: string,
  asOf: LocalDate,
  form: ExportForm = "history",
): Promise<Result<string>> {
  const store = loansStore(executor, tenantId);
  const records: ImportRecord[] = [];
  let after: string | undefined;
  for (;;) {
    const rows = await store.list({ take: PAGE, ...(after === undefined ? {} : { after }) });
    for (const row of rows) {
      const loaded = await loadLoan(store, row.id);
      if (!loaded.ok) return loaded;
      const { loan, events } = loaded.value;
      const sourceId = row.externalReference ?? row.id;
      const input = { sourceId, borrowerReference: row.borrowerReference ?? row.id, loan, events, asOf };
      const record = exportLoan(input, form);
      if (!record.ok) return fail(record.error.code, `loan ${row.id}: ${record.error.message}`, ["loanId"]);
      records.push(record.value);
    }
    if (rows.length < PAGE) return ok(toJsonLines(records));
    after = rows.at(-1)?.id;
  }
}
