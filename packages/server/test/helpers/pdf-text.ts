import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";

// A PDF's text as pdf.js reads it (not poppler): every text item with its page and position, and the items
// grouped into lines (same page, same baseline, left to right).

/** One text item: its string, page (1-based) and the position of its baseline start, in points. */
export interface PdfTextItem {
  readonly text: string;
  readonly page: number;
  readonly x: number;
  readonly y: number;
}

const fontsFolder = `${join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

/** Opens a PDF with pdf.js and hands each page's text content to `read`, in page order. */
async function readPages(bytes: Uint8Array, read: (page: number, items: ReadonlyArray<object>) => void): Promise<void> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: fontsFolder,
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
  }).promise;
  try {
    for (let page = 1; page <= pdf.numPages; page += 1) {
      read(page, (await (await pdf.getPage(page)).getTextContent()).items);
    }
  } finally {
    await pdf.destroy();
  }
}

/** @example const items = await pdfTextItems(bytes); */
export async function pdfTextItems(bytes: Uint8Array): Promise<PdfTextItem[]> {
  const items: PdfTextItem[] = [];
  await readPages(bytes, (page, content) => {
    for (const item of content) {
      if (!("str" in item && "transform" in item) || typeof item.str !== "string" || item.str.trim() === "") continue;
      const [, , , , x, y] = item.transform as number[];
      items.push({ text: item.str, page, x: x as number, y: y as number });
    }
  });
  return items;
}

/** A PDF's text page by page, items joined by spaces. @example (await pdfPages(bytes)).length */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pages: string[] = [];
  await readPages(bytes, (_page, content) => {
    pages.push(content.map((item) => ("str" in item && typeof item.str === "string" ? item.str : "")).join(" "));
  });
  return pages;
}

/** Items on one baseline of one page, joined by " | ", top to bottom. @example lines(items).includes("1 | 01/04/2027 | $470.13") */
export function pdfLines(items: ReadonlyArray<PdfTextItem>): string[] {
  const byLine = new Map<string, PdfTextItem[]>();
  for (const item of items) {
    const key = `${item.page}:${item.y.toFixed(1)}`;
    byLine.set(key, [...(byLine.get(key) ?? []), item]);
  }
  return [...byLine.values()]
    .sort((a, b) => (a[0]?.page ?? 0) - (b[0]?.page ?? 0) || (b[0]?.y ?? 0) - (a[0]?.y ?? 0))
    .map((line) =>
      [...line]
        .sort((a, b) => a.x - b.x)
        .map((item) => item.text)
        .join(" | "),
    );
}

/** Dollars from whole cents, exact (bigint), as documents print them. @example usd(125000) === "$1,250.00" */
export function usd(cents: number | bigint): string {
  const value = BigInt(cents);
  const sign = value < 0n ? "-" : "";
  const magnitude = value < 0n ? -value : value;
  const dollars = (magnitude / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}$${dollars}.${(magnitude % 100n).toString().padStart(2, "0")}`;
}

/** A business date as the documents print it. @example usDate("2027-01-04") === "01/04/2027" */
export function usDate(date: string): string {
  const [year, month, day] = date.split("-");
  return `${month}/${day}/${year}`;
}
