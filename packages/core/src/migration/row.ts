import type { LocalDate } from "../calendar/index.js";
import type { ProductDefinition } from "../products/index.js";
import type { ScheduleTermsInput } from "../schedule/index.js";
import type { Loan, LoanEvent, OpeningBalanceEvent, ServicingPolicy } from "../servicing/index.js";

/**
 * The source system's figures for a loan as of `asOf`, in minor units (days past due in days). Each
 * figure given is compared with Lendstack's own; a figure left out is not checked.
 *
 * @example const figures: SourceFigures = { asOf: date("2026-07-01"), principalMinor: 503_120n, daysPastDue: 0 };
 */
export interface SourceFigures {
  readonly asOf: LocalDate;
  /** Principal outstanding (due and not yet due). */
  readonly principalMinor?: bigint;
  /** Interest due and unpaid + accrued to `asOf` (not including that day) + deferred. */
  readonly interestMinor?: bigint;
  /** Fees and penalties charged and unpaid. */
  readonly feesMinor?: bigint;
  /** What closes the loan on `asOf` (core's payoff quote). */
  readonly payoffMinor?: bigint;
  readonly daysPastDue?: number;
  /** The next due date and the amount to pay by then (what is due now plus the next installment). */
  readonly nextInstallmentDate?: LocalDate;
  readonly nextInstallmentMinor?: bigint;
}

/**
 * One parsed import row: a loan ready to replay (validated terms and policy) with its full history,
 * or its opening balances on the migration date and the events after it (`history`).
 * `row` is its row number in the file (JSON Lines: the line; CSV: the spreadsheet row, header = 1).
 *
 * @example const state = replay(row.loan, eventsOf(row), row.sourceFigures?.asOf ?? asOf);
 */
export interface ImportRow {
  readonly row: number;
  readonly sourceId: string;
  readonly borrowerReference: string;
  readonly productId?: string;
  readonly loan: Loan;
  readonly history: ReadonlyArray<LoanEvent>;
  /** The opening-balance event the loan starts from (instead of a disbursement in `history`). */
  readonly opening?: OpeningBalanceEvent;
  readonly sourceFigures?: SourceFigures;
}

/**
 * Everything the row's loan replays: its opening balances (if any), then its history.
 *
 * @example replay(row.loan, eventsOf(row), asOf)
 */
export function eventsOf(row: Pick<ImportRow, "history" | "opening">): ReadonlyArray<LoanEvent> {
  return row.opening ? [row.opening, ...row.history] : row.history;
}

/**
 * Why a row was refused: its row number, the field path inside the row's object
 * (`terms.rounding.mode`, `history[3].amountMinor`), for CSV the column holding it, a stable code and
 * a reason. A row with any error is refused whole: it never becomes a partial loan.
 *
 * @example { row: 4, path: "history[2].amountMinor", column: "history", code: "invalid_field", reason: "expected a whole number as a decimal string" }
 */
export interface ImportRowError {
  readonly row: number;
  readonly sourceId?: string;
  readonly path: string;
  readonly column?: string;
  readonly code: string;
  readonly reason: string;
}

/**
 * A product a row may name by `productId`: terms the row's `terms` override field by field, the
 * servicing policy used unless the row gives its own `policy`, and the limits its terms must keep to.
 *
 * @example const resolve = (id: string) => (id === "prd_1" ? { terms: { currency: "USD" }, policy } : undefined);
 */
export interface ImportProduct {
  readonly terms: Partial<ScheduleTermsInput>;
  readonly policy: ServicingPolicy;
  /** The product's definition: a row's terms must keep to its amount, term, rate, currency and frequency limits. */
  readonly definition?: ProductDefinition;
}

/** Options of the parsers. @example parseImport(text, "jsonl", { products: (id) => catalogue.get(id) }) */
export interface ParseOptions {
  readonly products?: (productId: string) => ImportProduct | undefined;
  /** The product of the rows that name none (its policy unless the row gives one). */
  readonly defaultProductId?: string;
}

/** Every row that parsed and every error of the rows that did not. @example parsed.rows.length + refusedRows */
export interface ParsedImport {
  /** Data rows read (blank lines not counted). */
  readonly total: number;
  readonly rows: ReadonlyArray<ImportRow>;
  readonly errors: ReadonlyArray<ImportRowError>;
}
