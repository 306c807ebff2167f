import { columnOf, csvRecordToObject, readCsv } from "./csv.js";
import { parseImportRecord } from "./parse-row.js";
import type { ImportRow, ImportRowError, ParsedImport, ParseOptions } from "./row.js";

/** The formats an import file may have. @example const format: ImportFormat = "jsonl"; */
export type ImportFormat = "jsonl" | "csv";

class Collector {
  readonly rows: ImportRow[] = [];
  readonly errors: ImportRowError[] = [];
  private readonly seen = new Set<string>();
  total = 0;

  constructor(private readonly options: ParseOptions) {}

  add(record: unknown, row: number, header?: ReadonlyArray<string>): void {
    const parsed = parseImportRecord(record, row, this.options);
    const errors = parsed.ok ? [] : parsed.errors;
    if (parsed.ok && this.seen.has(parsed.value.sourceId)) {
      const reason = "this sourceId is already on an earlier row";
      errors.push({ row, sourceId: parsed.value.sourceId, path: "sourceId", code: "duplicate_source_id", reason });
    }
    if (parsed.ok && errors.length === 0) {
      this.seen.add(parsed.value.sourceId);
      this.rows.push(parsed.value);
      return;
    }
    for (const error of errors) {
      const column = header ? columnOf(header, error.path) : undefined;
      this.errors.push(column === undefined ? error : { ...error, column });
    }
  }

  refuse(row: number, path: string, code: string, reason: string, column?: string): void {
    this.errors.push({ row, path, code, reason, ...(column !== undefined ? { column } : {}) });
  }

  result(): ParsedImport {
    return { total: this.total, rows: this.rows, errors: this.errors };
  }
}

function parseJsonLines(text: string, collector: Collector): void {
  const lines = text.split("\n");
  lines.forEach((raw, index) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") return;
    collector.total += 1;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      collector.refuse(index + 1, "", "invalid_json", `the line is not JSON: ${(error as Error).message}`);
      return;
    }
    collector.add(record, index + 1);
  });
}

function parseCsvText(text: string, collector: Collector): void {
  const [header, ...records] = readCsv(text);
  if (!header) return;
  const seen = new Set<string>();
  for (const column of header) {
    if (seen.has(column)) collector.refuse(1, column, "duplicate_column", "the header names this column twice", column);
    seen.add(column);
  }
  if (seen.size !== header.length) return;
  records.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cell.trim() === "")) return;
    collector.total += 1;
    if (cells.length !== header.length) {
      const reason = `the row has ${cells.length} cells; the header has ${header.length}`;
      collector.refuse(row, "", "wrong_cell_count", reason);
      return;
    }
    const mapped = csvRecordToObject(header, cells);
    if (!mapped.ok) {
      collector.refuse(row, mapped.column, "invalid_json", "the cell is not JSON", mapped.column);
      return;
    }
    collector.add(mapped.value, row, header);
  });
}

/**
 * Parses an import file: every row that is a whole, valid loan, and every error of the rows that are
 * not (row number, field path, CSV column, code, reason). A row with an error is refused whole; a
 * `sourceId` seen on an earlier row is `duplicate_source_id`.
 *
 * @example
 * const parsed = parseImport(text, "jsonl");
 * for (const e of parsed.errors) console.log(`row ${e.row} ${e.path}: ${e.reason}`);
 */
export function parseImport(text: string, format: ImportFormat, options: ParseOptions = {}): ParsedImport {
  const collector = new Collector(options);
  if (format === "jsonl") parseJsonLines(text, collector);
  else parseCsvText(text, collector);
  return collector.result();
}
