import { normalizeLabel, type TextItem, type TextLine } from "./layout.js";

/** Reads a value of one kind from text, or undefined when the text is not one. */
export type ValueReader<T> = (text: string) => T | undefined;

/** How a value stood to its label. */
export type LabelLayout = "inline" | "right" | "below" | "column";

/**
 * Confidence by layout: a value in the label's own item or just right of it is the surest; one in the line
 * below (a label above its value) or found by a table's row and column, less so. Fixed, so a result can be
 * compared with another run's.
 */
export const LAYOUT_CONFIDENCE: Readonly<Record<LabelLayout, number>> = {
  inline: 0.95,
  right: 0.95,
  below: 0.85,
  column: 0.8,
};

/** A value found by its label: the value, the items it was read from, and the layout's confidence. */
export interface Located<T> {
  readonly value: T;
  readonly sources: ReadonlyArray<TextItem>;
  readonly layout: LabelLayout;
  readonly confidence: number;
}

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A pattern matching an item that starts with `label`, whatever its case and punctuation, capturing the rest. */
function labelPattern(label: string): RegExp {
  const words = normalizeLabel(label).split(" ").map(escapeRegExp);
  return new RegExp(`^[^a-z0-9]*${words.join("[^a-z0-9]+")}(?![a-z0-9])[\\s:=#]*(?<rest>.*)$`, "is");
}

/** What an item is to a label: not it, the label alone, or the label with its value in the same item. */
function matchLabel<T>(item: TextItem, label: RegExp, read: ValueReader<T>) {
  const match = label.exec(item.text.trim());
  if (match === null) return undefined;
  const rest = (match.groups?.rest ?? "").trim();
  if (rest === "") return { alone: true as const };
  const value = read(rest);
  return value === undefined ? undefined : { alone: false as const, value };
}

/** The first item right of `label` on its line (up to another label) that reads as a value, or them joined. */
function rightOf<T>(line: TextLine, label: TextItem, read: ValueReader<T>, stops: ReadonlySet<string>) {
  const after = line.items.filter((item) => item.x >= label.x + label.width - 1 && item !== label);
  const stop = after.findIndex((item) => stops.has(normalizeLabel(item.text)));
  const right = stop === -1 ? after : after.slice(0, stop);
  for (const item of right) {
    const value = read(item.text);
    if (value !== undefined) return found(value, [item], "right");
  }
  const joined = read(right.map((item) => item.text).join(" "));
  return joined === undefined || right.length < 2 ? undefined : found(joined, right, "right");
}

const overlaps = (a: TextItem, b: TextItem) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0 || Math.abs(a.x - b.x) <= 2;

/** The value in the nearest line below `label` (within three lines' height) that sits under it. */
function below<T>(lines: ReadonlyArray<TextLine>, at: number, label: TextItem, read: ValueReader<T>) {
  const reach = 3 * Math.max(label.height, 8);
  for (const line of lines.slice(at + 1)) {
    if (line.page !== label.page || label.y - line.y > reach) return undefined;
    const under = line.items.filter((item) => overlaps(item, label));
    if (under.length === 0) continue;
    for (const item of under) {
      const value = read(item.text);
      if (value !== undefined) return found(value, [item], "below");
    }
    return undefined;
  }
  return undefined;
}

function found<T>(value: T, sources: ReadonlyArray<TextItem>, layout: LabelLayout): Located<T> {
  return { value, sources, layout, confidence: LAYOUT_CONFIDENCE[layout] };
}

/**
 * The value a label gives, tried label by label (the list's order is preference) through the lines in
 * reading order: in the label's own item (`Gross Pay: $4,166.67`), right of it on its line, or below it
 * (a label above its value). Labels match whatever their case and punctuation (`GROSS PAY:` is `gross pay`),
 * as the start of an item followed by nothing or by the value. Scanning right stops at an item that is one
 * of `stops` (normalized: the document's other labels), so a row of labels is not read as values.
 *
 * @example findLabeled(groupLines(items), ["net pay", "take home pay"], moneyIn)?.value // 312_045n
 */
export function findLabeled<T>(
  lines: ReadonlyArray<TextLine>,
  labels: ReadonlyArray<string>,
  read: ValueReader<T>,
  stops: ReadonlySet<string> = new Set(),
): Located<T> | undefined {
  for (const label of labels) {
    const pattern = labelPattern(label);
    for (const [at, line] of lines.entries()) {
      for (const item of line.items) {
        const matched = matchLabel(item, pattern, read);
        if (matched === undefined) continue;
        if (!matched.alone) return found(matched.value, [item], "inline");
        const value = rightOf(line, item, read, stops) ?? below(lines, at, item, read);
        if (value !== undefined) return value;
      }
    }
  }
  return undefined;
}

/** Every label of a document's fields, normalized, as `findLabeled`'s stops. @example stopsOf(PAY_STUB_LABELS) */
export function stopsOf(labels: Readonly<Record<string, ReadonlyArray<string>>>): ReadonlySet<string> {
  return new Set(Object.values(labels).flatMap((list) => list.map(normalizeLabel)));
}

/** The items that are exactly one of `labels` (no value in them), in reading order. */
function labelItems(lines: ReadonlyArray<TextLine>, labels: ReadonlyArray<string>) {
  const wanted = new Set(labels.map(normalizeLabel));
  return lines.flatMap((line) => line.items.filter((item) => wanted.has(normalizeLabel(item.text))));
}

/**
 * A table's cell: the value on a row label's line under a column header (`YTD` over a `Gross Pay` row).
 *
 * @example findInColumn(lines, ["gross pay"], ["ytd", "year to date"], moneyIn)?.value // 5_000_004n
 */
export function findInColumn<T>(
  lines: ReadonlyArray<TextLine>,
  rows: ReadonlyArray<string>,
  columns: ReadonlyArray<string>,
  read: ValueReader<T>,
): Located<T> | undefined {
  const headers = labelItems(lines, columns);
  for (const row of labelItems(lines, rows)) {
    const line = lines.find((candidate) => candidate.items.includes(row));
    const above = headers.filter((item) => item.page === row.page && item.y > row.y).sort((a, b) => a.y - b.y);
    for (const header of above) {
      const cell = line?.items.find((item) => item !== row && overlaps(item, header) && read(item.text) !== undefined);
      if (cell !== undefined) return found(read(cell.text) as T, [cell], "column");
    }
  }
  return undefined;
}
