import { daysBetween, type LocalDate } from "../calendar/index.js";
import type { DomainError } from "../errors/index.js";
import { type FigureDifference, firstDifference, type LoanFigures, loanFigures } from "./figures.js";
import { type ImportFormat, parseImport } from "./parse.js";
import { formatPath } from "./parse-row.js";
import {
  eventsOf,
  type ImportRow,
  type ImportRowError,
  type ParsedImport,
  type ParseOptions,
  type SourceFigures,
} from "./row.js";

/**
 * - `match`: every figure the source gave equals Lendstack's to the cent;
 * - `mismatch`: one differs (the first, in `figureNames` order, is reported);
 * - `unchecked`: the row gave no source figures (replayed to its last event); a row with opening
 *   balances and no figures is checked against its opening figures instead;
 * - `failed`: the history does not replay (e.g. a payment before the disbursement).
 *
 * @example const status: ReconcileStatus = "match";
 */
export type ReconcileStatus = "match" | "mismatch" | "unchecked" | "failed";

/** One loan's outcome. @example result.status === "mismatch" && result.difference?.figure */
export interface LoanReconciliation {
  readonly row: number;
  readonly sourceId: string;
  readonly status: ReconcileStatus;
  /** Lendstack's figures (absent when the history does not replay). */
  readonly figures?: LoanFigures;
  readonly difference?: FigureDifference;
  /** Why the history does not replay, located at the history entry. */
  readonly error?: ImportRowError;
}

/** Counts over a reconciliation, and Lendstack's book totals over the loans that replay. */
export interface ReconciliationTotals {
  readonly rows: number;
  readonly matched: number;
  readonly mismatched: number;
  readonly unchecked: number;
  readonly failed: number;
  /** Rows refused by the parser (see `errors`). */
  readonly refused: number;
  readonly principalMinor: bigint;
  readonly payoffMinor: bigint;
}

/** A dry run's report. @example report.totals.matched === report.totals.rows */
export interface ReconciliationReport {
  readonly results: ReadonlyArray<LoanReconciliation>;
  readonly errors: ReadonlyArray<ImportRowError>;
  readonly totals: ReconciliationTotals;
}

/** The date a row is reconciled at: its figures' date, else its opening's, else its last event's. */
export function reconcileDate(row: ImportRow): LocalDate {
  if (row.sourceFigures) return row.sourceFigures.asOf;
  if (row.opening) return row.opening.effectiveDate;
  let last = row.loan.terms.disbursementDate;
  for (const event of row.history) if (event.effectiveDate > last) last = event.effectiveDate;
  return last;
}

/**
 * The figures a row is checked against: its source figures, else those its opening balances state
 * (principal, interest, fees, days past due and next due date on the migration date), so an opening
 * row is never boarded unchecked.
 */
function expectedFigures(row: ImportRow): SourceFigures | undefined {
  if (row.sourceFigures || !row.opening) return row.sourceFigures;
  const { opening } = row;
  const interest = opening.due.reduce((sum, due) => sum + due.interestMinor, 0n);
  const overdue = opening.due.find((due) => due.dueDate < opening.effectiveDate);
  const next = opening.schedule[0]?.dueDate;
  return {
    asOf: opening.effectiveDate,
    principalMinor: opening.principalMinor,
    interestMinor: interest + opening.accruedInterestMinor + (opening.deferredInterestMinor ?? 0n),
    feesMinor: opening.charges.reduce((sum, charge) => sum + charge.amountMinor, 0n),
    daysPastDue: overdue ? daysBetween(overdue.dueDate, opening.effectiveDate) : 0,
    ...(next ? { nextInstallmentDate: next } : {}),
  };
}

function replayError(row: ImportRow, error: DomainError): ImportRowError {
  const eventId = error.details?.eventId;
  const index = row.history.findIndex((event) => event.id === eventId);
  const isOpening = row.opening !== undefined && (eventId === row.opening.id || index < 0);
  const path = isOpening ? ["opening"] : index < 0 ? ["history"] : ["history", index, ...(error.path ?? [])];
  return { row: row.row, sourceId: row.sourceId, path: formatPath(path), code: error.code, reason: error.message };
}

/**
 * Replays one row to its figures' date and compares the figures to the cent.
 *
 * @example reconcileRow(parsed.rows[0]).status
 */
export function reconcileRow(row: ImportRow): LoanReconciliation {
  const base = { row: row.row, sourceId: row.sourceId };
  const figures = loanFigures(row.loan, eventsOf(row), reconcileDate(row));
  if (!figures.ok) return { ...base, status: "failed", error: replayError(row, figures.error) };
  const expected = expectedFigures(row);
  if (!expected) return { ...base, status: "unchecked", figures: figures.value };
  const difference = firstDifference(expected, figures.value);
  if (difference) return { ...base, status: "mismatch", figures: figures.value, difference };
  return { ...base, status: "match", figures: figures.value };
}

/**
 * Reconciles every parsed row and totals the outcome.
 *
 * @example const report = reconcileParsed(parseImport(text, "csv"));
 */
export function reconcileParsed(parsed: ParsedImport): ReconciliationReport {
  const counts = { match: 0, mismatch: 0, unchecked: 0, failed: 0 };
  let principalMinor = 0n;
  let payoffMinor = 0n;
  const results = parsed.rows.map((row) => {
    const result = reconcileRow(row);
    counts[result.status] += 1;
    principalMinor += result.figures?.principalMinor ?? 0n;
    payoffMinor += result.figures?.payoffMinor ?? 0n;
    return result;
  });
  const refused = new Set(parsed.errors.map((error) => error.row)).size;
  return {
    results,
    errors: parsed.errors,
    totals: {
      rows: parsed.total,
      matched: counts.match,
      mismatched: counts.mismatch,
      unchecked: counts.unchecked,
      failed: counts.failed,
      refused,
      principalMinor,
      payoffMinor,
    },
  };
}

/**
 * A dry run of an import file: parse, replay and reconcile every loan; nothing is boarded.
 *
 * @example const { totals } = dryRunImport(text, "jsonl"); totals.mismatched
 */
export function dryRunImport(text: string, format: ImportFormat, options: ParseOptions = {}): ReconciliationReport {
  return reconcileParsed(parseImport(text, format, options));
}
