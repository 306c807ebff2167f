/**
 * @module migration
 * Importing a live book from another core. An import row (a JSON line, or a CSV row whose header
 * names each column by its field path) carries a loan's `sourceId`, `borrowerReference`, terms (or a
 * `productId` plus overrides), policy, its full `history` as core's loan events, and optionally the
 * source system's figures as of a date. `parseImport` refuses bad rows whole (row, field path, CSV
 * column, code, reason); `dryRunImport` replays each loan and reports `match` or the first figure
 * that differs, to the cent; `exportLoan` writes a Lendstack loan as an import row with its own
 * figures, so a book round-trips. Instead of the full history a row may carry its `opening` balances
 * on a migration date (and the events after it): `openingEvent` turns them into the servicing
 * engine's opening-balance event by the rules it documents.
 */
export { columnOf, csvCell, csvRecordToObject, jsonColumns, readCsv } from "./csv.js";
export type { ExportForm, ExportInput, ImportRecord } from "./export.js";
export { exportLoan, toCsv, toJsonLines } from "./export.js";
export type { FigureDifference, FigureName, LoanFigures } from "./figures.js";
export { figureNames, figuresOf, firstDifference, loanFigures } from "./figures.js";
export { openingEvent } from "./opening.js";
export { eventsAfter, openingRecord } from "./opening-record.js";
export type { OpeningInput } from "./opening-schema.js";
export { openingSchema } from "./opening-schema.js";
export type { ImportFormat } from "./parse.js";
export { parseImport } from "./parse.js";
export { formatPath, parseImportRecord } from "./parse-row.js";
export type {
  LoanReconciliation,
  ReconcileStatus,
  ReconciliationReport,
  ReconciliationTotals,
} from "./reconcile.js";
export { dryRunImport, reconcileDate, reconcileParsed, reconcileRow } from "./reconcile.js";
export type { ImportProduct, ImportRow, ImportRowError, ParsedImport, ParseOptions, SourceFigures } from "./row.js";
export { eventsOf } from "./row.js";
export { sampleBook, sampleBookAsOf } from "./sample-book.js";
