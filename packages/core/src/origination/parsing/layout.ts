/**
 * One run of text on a page as a PDF text layer gives it (pdf.js `getTextContent`, reduced to plain data):
 * its string, its page (1-based) and its box in PDF points, `x`/`y` the start of its baseline with `y`
 * growing upward (PDF user space), `width`/`height` its extent.
 *
 * @example const item: TextItem = { text: "Gross Pay", page: 1, x: 72, y: 640, width: 52, height: 10 };
 */
export interface TextItem {
  readonly text: string;
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Items sharing a baseline on one page, left to right. */
export interface TextLine {
  readonly page: number;
  readonly y: number;
  readonly items: ReadonlyArray<TextItem>;
}

/** Baselines closer than this (points) are one line; a quarter of the taller item when that is more. */
const BASELINE_TOLERANCE = 2;

/** A total order on items: page, top to bottom, left to right, then text (so no input order shows through). */
export function compareItems(a: TextItem, b: TextItem): number {
  return (
    a.page - b.page ||
    b.y - a.y ||
    a.x - b.x ||
    (a.text < b.text ? -1 : a.text > b.text ? 1 : 0) ||
    a.width - b.width ||
    a.height - b.height
  );
}

/**
 * Groups items into lines: sorted by page, top to bottom and left to right (a total order, so the input's
 * order never matters), an item joins the current line when on its page and within the baseline tolerance
 * of the line's first item. Blank items are dropped.
 *
 * @example const lines = groupLines(items); lines[0]?.items.map((item) => item.text)
 */
export function groupLines(items: ReadonlyArray<TextItem>): TextLine[] {
  const sorted = items.filter((item) => item.text.trim() !== "").sort(compareItems);
  const lines: { page: number; y: number; tolerance: number; items: TextItem[] }[] = [];
  for (const item of sorted) {
    const last = lines.at(-1);
    if (last !== undefined && last.page === item.page && last.y - item.y <= last.tolerance) {
      last.items.push(item);
      continue;
    }
    lines.push({
      page: item.page,
      y: item.y,
      tolerance: Math.max(BASELINE_TOLERANCE, item.height / 4),
      items: [item],
    });
  }
  return lines.map((line) => ({ page: line.page, y: line.y, items: [...line.items].sort(byX) }));
}

function byX(a: TextItem, b: TextItem): number {
  return a.x - b.x || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}

/** Lower-case letters and digits, runs of anything else as one space. @example normalizeLabel("GROSS-PAY:") === "gross pay" */
export function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
