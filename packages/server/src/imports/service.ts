import { fail, InvariantError, ok, type Result } from "@lendstack/core/errors";
import {
  type ImportFormat,
  type ImportProduct,
  type ImportRow,
  type LoanReconciliation,
  type ParsedImport,
  parseImport,
  type ReconciliationReport,
  reconcileParsed,
} from "@lendstack/core/migration";
import { policyFromProduct } from "@lendstack/core/servicing";
import type { ChangeContext } from "../db/audit.js";
import type { Db } from "../db/database.js";
import type { ImportRecordRow } from "../db/schema/index.js";
import { todayOf } from "../loans/append-event.js";
import { loadOfferedProduct } from "../products/offered-product.js";
import { type BoardingProduct, boardImportedLoan } from "./board.js";
import { boardedSourceIds, importsStore, type NewResult } from "./store.js";

/** What an import is asked to do. @example { format: "jsonl", data, mode: "dry_run" } */
export interface ImportRequest {
  readonly format: ImportFormat;
  readonly data: string;
  readonly mode: "dry_run" | "commit";
  readonly boardMismatches?: boolean | undefined;
  readonly productId?: string | undefined;
  /** On a commit: answer at once and leave the boarding to the worker (`boardQueuedImport`). */
  readonly background?: boolean | undefined;
}

/** Called after each batch of a commit: loans dealt with, of the loans to board. */
export type OnProgress = (processed: number, total: number) => void;

/** A commit's progress as written after a batch. */
export interface BoardingProgress {
  readonly processed: number;
  readonly toBoard: number;
  readonly boarded: number;
  readonly alreadyBoarded: number;
  readonly notBoarded: number;
}

/** How `boardPending` runs. @example { batchSize: 2, afterBatch: async () => console.log("a batch boarded") } */
export interface BoardingOptions {
  /** Loans per batch (default 25); the progress is written after each. */
  readonly batchSize?: number | undefined;
  /** The clock each batch's progress is stamped with (default: the context's `now`). */
  readonly clock?: (() => Date) | undefined;
  /** The worker's lease, renewed with each batch's progress. */
  readonly leaseMs?: number | undefined;
  /** Awaited after each batch's progress is stored (observability and tests: the GET sees it then). */
  readonly afterBatch?: ((progress: BoardingProgress) => Promise<void>) | undefined;
}

/** Loans boarded per batch; the import's progress is written after each. */
const BATCH = 25;

interface Catalogue {
  readonly products: Map<string, ImportProduct & BoardingProduct>;
}

/** Every product the file (or the request) names, by id; an id that is no product is left out. */
async function loadCatalogue(db: Db, tenantId: string, data: string, defaultId: string | undefined) {
  const ids = new Set(data.match(/prd_[0-9A-HJKMNP-TV-Z]{26}/g) ?? []);
  if (defaultId !== undefined) ids.add(defaultId);
  const products = new Map<string, ImportProduct & BoardingProduct>();
  for (const id of ids) {
    const loaded = await loadOfferedProduct(db, tenantId, id, undefined);
    if (!loaded.ok) {
      if (id === defaultId) return fail(loaded.error.code, loaded.error.message, ["productId"]);
      continue;
    }
    const policy = policyFromProduct(loaded.value.definition, "accrual");
    if (!policy.ok) continue;
    const { version, definition } = loaded.value;
    products.set(id, { id, version, terms: {}, policy: policy.value, definition });
  }
  return ok<Catalogue>({ products });
}

function parseWith(catalogue: Catalogue, request: Pick<ImportRequest, "data" | "format" | "productId">): ParsedImport {
  return parseImport(request.data, request.format, {
    products: (id) => catalogue.products.get(id),
    ...(request.productId === undefined ? {} : { defaultProductId: request.productId }),
  });
}

function isBoardable(result: LoanReconciliation, boardMismatches: boolean): boolean {
  return (
    result.status === "match" || (boardMismatches && (result.status === "mismatch" || result.status === "unchecked"))
  );
}

function outcomeOf(result: LoanReconciliation, request: ImportRequest, boardedAs: string | undefined) {
  if (boardedAs !== undefined) return "already_boarded";
  if (request.mode !== "commit") return null;
  return isBoardable(result, request.boardMismatches === true) ? "pending" : "not_boarded";
}

/**
 * One result row per data row: reconciled rows, then refused rows with every error of each. A source id a
 * loan of the tenant already has is `already_boarded` with that loan, in a dry run too (never boarded again).
 */
function resultRows(
  report: ReconciliationReport,
  request: ImportRequest,
  boarded: ReadonlyMap<string, string>,
): NewResult[] {
  const isCommit = request.mode === "commit";
  const rows: NewResult[] = report.results.map((result) => ({
    row: result.row,
    sourceId: result.sourceId,
    status: result.status,
    difference: result.difference ? { ...result.difference } : null,
    errors: result.error ? [{ path: result.error.path, code: result.error.code, reason: result.error.reason }] : [],
    outcome: outcomeOf(result, request, boarded.get(result.sourceId)),
    loanId: boarded.get(result.sourceId) ?? null,
  }));
  const refused = new Map<number, NewResult>();
  for (const error of report.errors) {
    const { row, sourceId, ...detail } = error;
    const entry = refused.get(row) ?? {
      row,
      sourceId: sourceId ?? null,
      status: "refused",
      difference: null,
      errors: [],
      outcome: isCommit ? "not_boarded" : null,
    };
    refused.set(row, { ...entry, errors: [...entry.errors, detail] });
  }
  return [...rows, ...refused.values()].sort((a, b) => a.row - b.row);
}

/**
 * Starts an import: parses and reconciles the file (core's `parseImport` + `reconcileParsed`), stores
 * the import and one result per row, and on a commit boards the loans (`boardPending`). A `productId`
 * of the request that is no product of the tenant is `product_not_found`.
 *
 * @example const created = await createImport(db, context, { format: "jsonl", data, mode: "dry_run" });
 */
export async function createImport(
  db: Db,
  context: ChangeContext,
  request: ImportRequest,
  onProgress?: OnProgress,
  options: BoardingOptions = {},
): Promise<Result<ImportRecordRow>> {
  const catalogue = await loadCatalogue(db, context.tenantId, request.data, request.productId);
  if (!catalogue.ok) return catalogue;
  const report = reconcileParsed(parseWith(catalogue.value, request));
  const boarded = await boardedSourceIds(
    db,
    context.tenantId,
    report.results.map((result) => result.sourceId),
  );
  const results = resultRows(report, request, boarded);
  const { totals } = report;
  const id = context.ids.next("imp");
  const toBoard = results.filter((r) => r.outcome === "pending").length;
  const isBackground = request.mode === "commit" && request.background === true;
  const store = importsStore(db, context.tenantId);
  await store.insert(
    {
      id,
      format: request.format,
      mode: request.mode,
      boardMismatches: request.boardMismatches === true,
      productId: request.productId ?? null,
      status: toBoard > 0 ? "boarding" : "completed",
      data: request.data,
      total: totals.rows,
      matched: totals.matched,
      mismatched: totals.mismatched,
      unchecked: totals.unchecked,
      failed: totals.failed,
      refused: totals.refused,
      toBoard,
      processed: 0,
      boarded: 0,
      alreadyBoarded: results.filter((r) => r.outcome === "already_boarded").length,
      notBoarded: 0,
      background: isBackground,
      requestedBy: context.actor,
      startedAt: null,
      claimedUntil: null,
      attempts: 0,
      failure: null,
      createdAt: context.now,
      updatedAt: context.now,
      finishedAt: toBoard > 0 ? null : context.now,
    },
    results,
  );
  if (toBoard === 0 || isBackground) return ok(await store.mustFind(id));
  return boardPending(db, context, id, onProgress, options);
}

/**
 * The catalogue and the parsed rows a commit boards from. A permanent failure, which no retry mends:
 * the import's product is gone (`product_not_found`, `product_archived`…), or the stored file no longer
 * yields every row still pending (`import_file_unreadable`).
 */
async function prepareBoarding(db: Db, tenantId: string, record: ImportRecordRow, pending: ReadonlyArray<number>) {
  const catalogue = await loadCatalogue(db, tenantId, record.data, record.productId ?? undefined);
  if (!catalogue.ok) return catalogue;
  const request = {
    data: record.data,
    format: record.format as ImportFormat,
    productId: record.productId ?? undefined,
  };
  const parsed = parseWith(catalogue.value, request);
  const byRow = new Map<number, ImportRow>(parsed.rows.map((row) => [row.row, row]));
  const missing = pending.filter((row) => !byRow.has(row));
  if (missing.length > 0) {
    const rows = missing.slice(0, 5).join(", ");
    const reason = `the stored file no longer parses to the ${missing.length} pending row(s) (${rows}…)`;
    return fail("import_file_unreadable", reason, ["data"]);
  }
  return ok({ catalogue: catalogue.value, byRow });
}

/**
 * Boards the loans of an import still `pending`, in batches of 25, each loan in its own transaction
 * (with its result's outcome), and writes the progress after each batch in a short transaction of its
 * own (loans dealt with, boarded, refused; `startedAt`; the worker's lease); then marks the import
 * `completed`. Outside a request (the worker, the CLI) each batch's progress is committed as it is
 * written, so `GET /v1/imports/{id}` follows it. Safe to run again after a crash: it takes up the loans
 * whose outcome is still pending, and a source id already boarded is never boarded twice. A permanent
 * failure (see `prepareBoarding`) marks the import `failed` with its code and reason and is returned;
 * an import `completed` or `failed` is returned as it is.
 *
 * @example await boardPending(db, context, "imp_…");
 */
export async function boardPending(
  db: Db,
  context: ChangeContext,
  importId: string,
  onProgress?: OnProgress,
  options: BoardingOptions = {},
): Promise<Result<ImportRecordRow>> {
  const store = importsStore(db, context.tenantId);
  const record = await store.find(importId);
  if (record === undefined) return fail("import_not_found", `no import ${importId}`, ["importId"]);
  if (record.status !== "boarding") return ok(record);
  const pending = await store.pendingRows(importId);
  const prepared = await prepareBoarding(db, context.tenantId, record, pending);
  if (!prepared.ok) {
    await store.markFailed(importId, (options.clock ?? (() => context.now))(), {
      code: prepared.error.code,
      reason: prepared.error.message,
    });
    return prepared;
  }
  const { catalogue, byRow } = prepared.value;
  const today = todayOf(context);
  const batch = options.batchSize ?? BATCH;
  const clock = options.clock ?? (() => context.now);
  const lease = () => (options.leaseMs === undefined ? undefined : new Date(clock().getTime() + options.leaseMs));
  for (let start = 0; start < pending.length; start += batch) {
    if (start === 0) await store.refreshProgress(importId, clock(), false, lease());
    for (const rowNumber of pending.slice(start, start + batch)) {
      const row = byRow.get(rowNumber);
      if (row === undefined) throw new InvariantError(`import ${importId} row ${rowNumber} vanished`);
      const product = catalogue.products.get(row.productId ?? "");
      await boardImportedLoan(db, context, importId, row, product, today);
    }
    const progress = await store.refreshProgress(importId, clock(), false, lease());
    onProgress?.(progress.processed, progress.toBoard);
    await options.afterBatch?.(progress);
  }
  await store.refreshProgress(importId, clock(), true);
  return ok(await store.mustFind(importId));
}
