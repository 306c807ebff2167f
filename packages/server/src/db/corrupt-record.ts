import type { z } from "zod";

/** Where a stored value came from: its table, its row's id, and the column (or field) that held it. */
export interface StoredAt {
  readonly table: string;
  readonly id: string;
  readonly column: string;
}

/**
 * A row whose stored value its schema rejects: it was altered outside the API (or a migration missed
 * it). A server fault, never the caller's: the error handler logs the table, id and reason and answers
 * 500 `corrupt_record`; the daily close records the loan as a failure and goes on.
 *
 * @example
 * throw new CorruptRecordError({ table: "loans", id: "loan_…", column: "policy" }, "waterfall: expected array");
 */
export class CorruptRecordError extends Error {
  override readonly name = "CorruptRecordError";
  readonly table: string;
  readonly id: string;
  readonly column: string;
  readonly reason: string;

  constructor(at: StoredAt, reason: string) {
    super(`corrupt ${at.table} row ${at.id}: ${at.column} ${reason}`);
    this.table = at.table;
    this.id = at.id;
    this.column = at.column;
    this.reason = reason;
  }
}

/** The first few issues of a failed parse, as one line for the log (paths, never values). */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length === 0 ? "(root)" : issue.path.join(".")}: ${issue.message}`)
    .join("; ");
}

/**
 * A stored value through its schema: the parsed value, or a thrown `CorruptRecordError` naming the row.
 *
 * @example
 * const definition = decodeStored(productDefinitionSchema, row.definition, { table: "product_versions", id, column: "definition" });
 */
export function decodeStored<Schema extends z.ZodType>(schema: Schema, value: unknown, at: StoredAt): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new CorruptRecordError(at, describeIssues(parsed.error));
}
