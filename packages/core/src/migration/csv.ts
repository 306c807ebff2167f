/**
 * CSV (RFC 4180: comma-separated, `"` quotes, `""` an escaped quote, CRLF or LF) for import files. The
 * header names each column by its field path in the row object (`sourceId`, `terms.principalMinor`,
 * `terms.rounding.mode`, `sourceFigures.asOf`); the columns holding a whole object or list
 * (`history`, `policy`, and optionally `terms`, `sourceFigures`) hold it as JSON. An empty cell is an
 * absent field.
 */

/** Columns whose cells hold JSON. @example jsonColumns.has("history") */
export const jsonColumns: ReadonlySet<string> = new Set(["history", "policy", "terms", "sourceFigures", "opening"]);

/** Splits CSV text into records of cells. @example readCsv('a,b\n1,"x,y"') // [["a","b"],["1","x,y"]] */
export function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === "") quoted = true;
    else if (char === ",") {
      record.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      record.push(cell);
      records.push(record);
      record = [];
      cell = "";
    } else cell += char;
  }
  if (cell !== "" || record.length > 0) {
    record.push(cell);
    records.push(record);
  }
  return records;
}

/** A cell as CSV text, quoted when it must be. @example csvCell('say "hi"') // '"say ""hi"""' */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The column an error path belongs to: the longest header that is the path or a prefix of it.
 *
 * @example columnOf(["history", "terms.currency"], "history[2].amountMinor") // "history"
 */
export function columnOf(header: ReadonlyArray<string>, path: string): string | undefined {
  let best: string | undefined;
  for (const column of header) {
    const isPrefix = path === column || path.startsWith(`${column}.`) || path.startsWith(`${column}[`);
    if (isPrefix && (best === undefined || column.length > best.length)) best = column;
  }
  return best;
}

function setPath(target: Record<string, unknown>, path: ReadonlyArray<string>, value: unknown): void {
  let node = target;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = node[key];
    if (typeof next !== "object" || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  });
}

/**
 * One CSV record as the row object its header describes, or the column whose JSON cell does not parse.
 *
 * @example csvRecordToObject(["sourceId", "terms.currency"], ["L1", "USD"]) // { ok: true, value: { sourceId: "L1", terms: { currency: "USD" } } }
 */
export function csvRecordToObject(
  header: ReadonlyArray<string>,
  cells: ReadonlyArray<string>,
): { readonly ok: true; readonly value: Record<string, unknown> } | { readonly ok: false; readonly column: string } {
  const object: Record<string, unknown> = {};
  for (let c = 0; c < header.length; c++) {
    const column = header[c] as string;
    const cell = cells[c] ?? "";
    if (cell === "") continue;
    let value: unknown = cell;
    if (jsonColumns.has(column)) {
      try {
        value = JSON.parse(cell);
      } catch {
        return { ok: false, column };
      }
    }
    setPath(object, column.split("."), value);
  }
  return { ok: true, value: object };
}
