import type { DisclosureBox, DocumentLayout, LayoutBlock, LayoutColumn } from "@lendstack/core/origination";
import { pdfLib } from "../pdf/pdf-lib.js";
import { embedFallbackFont } from "./fallback-font.js";
import { CONTENT_WIDTH, MARGIN, PdfCanvas } from "./pdf-canvas.js";
import { embedUnicodeFonts } from "./unicode-fonts.js";

// Core's document layout drawn with pdf-lib. The output is a function of the layout alone: the metadata dates
// are the issue date's midnight UTC and the producer is fixed, so the same layout gives the same bytes (and
// SHA-256) every time.

const BODY = { size: 9.5 } as const;
const SMALL = { size: 8 } as const;
const BOLD = { size: 9.5, bold: true } as const;
const GAP = 8;

function drawFields(canvas: PdfCanvas, rows: ReadonlyArray<{ label: string; value: string }>): void {
  const labelWidth = 190;
  for (const row of rows) {
    const lines = canvas.wrap(row.value, CONTENT_WIDTH - labelWidth, BODY);
    canvas.ensure(BODY.size * 1.35 * Math.max(lines.length, 1));
    canvas.draw(row.label, MARGIN, BOLD);
    canvas.paragraph(row.value, BODY, MARGIN + labelWidth, CONTENT_WIDTH - labelWidth);
  }
}

/** The federal box: one bordered cell per figure, side by side, label over description over value. */
function drawBoxes(canvas: PdfCanvas, boxes: ReadonlyArray<DisclosureBox>): void {
  const cellWidth = CONTENT_WIDTH / boxes.length;
  const inner = cellWidth - 12;
  const descriptions = boxes.map((box) => canvas.wrap(box.description, inner, SMALL));
  const tallest = Math.max(...descriptions.map((lines) => lines.length));
  const height = 14 + 12 + tallest * 10 + 10 + 16 + 8;
  canvas.ensure(height + GAP);
  const top = canvas.y;
  boxes.forEach((box, i) => {
    const x = MARGIN + i * cellWidth;
    canvas.rectangle(x, top - height, cellWidth, height);
    canvas.draw(box.label, x + 6, BOLD, top - 16);
    (descriptions[i] ?? []).forEach((line, j) => {
      canvas.draw(line, x + 6, SMALL, top - 30 - j * 10);
    });
    canvas.draw(box.value, x + 6, { size: 12, bold: true }, top - height + 10);
  });
  canvas.y = top - height - GAP;
}

function cellX(columns: ReadonlyArray<LayoutColumn>, index: number): { left: number; width: number } {
  const before = columns.slice(0, index).reduce((sum, column) => sum + column.share, 0);
  return { left: MARGIN + before * CONTENT_WIDTH, width: (columns[index]?.share ?? 0) * CONTENT_WIDTH };
}

function drawRow(canvas: PdfCanvas, columns: ReadonlyArray<LayoutColumn>, cells: ReadonlyArray<string>, bold: boolean) {
  const line = bold ? BOLD : BODY;
  cells.forEach((cell, i) => {
    const { left, width } = cellX(columns, i);
    // A cell wider than its column (6 points of padding each side) is drawn smaller, never over its neighbour.
    const natural = canvas.width(cell, line);
    const style = natural > width - 12 ? { ...line, size: (line.size * (width - 12)) / natural } : line;
    const align = columns[i]?.align ?? "left";
    const x = align === "right" ? left + width - 6 - canvas.width(cell, style) : left + 6;
    canvas.draw(cell, x, style, canvas.y - line.size);
  });
  canvas.y -= line.size * 1.45;
}

/** A table whose header repeats on every page it runs onto. */
function drawTable(
  canvas: PdfCanvas,
  columns: ReadonlyArray<LayoutColumn>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
) {
  const leading = BODY.size * 1.45;
  const header = () => {
    drawRow(
      canvas,
      columns,
      columns.map((column) => column.header),
      true,
    );
    canvas.rule(MARGIN, MARGIN + CONTENT_WIDTH, canvas.y + leading * 0.6);
  };
  canvas.ensure(leading * 3);
  header();
  for (const row of rows) {
    const page = canvas.page;
    canvas.ensure(leading);
    if (canvas.page !== page) header();
    drawRow(canvas, columns, row, false);
  }
  canvas.y -= GAP / 2;
}

function drawSignatures(canvas: PdfCanvas, names: ReadonlyArray<string>): void {
  for (const name of names) {
    canvas.ensure(48);
    canvas.y -= 28;
    canvas.rule(MARGIN, MARGIN + 240, canvas.y);
    canvas.rule(MARGIN + 300, MARGIN + 420, canvas.y);
    canvas.y -= 2;
    canvas.draw(`${name}, Borrower`, MARGIN, SMALL);
    canvas.draw("Date", MARGIN + 300, SMALL);
    canvas.y -= 12;
  }
}

function drawBlock(canvas: PdfCanvas, block: LayoutBlock): void {
  switch (block.kind) {
    case "heading":
      canvas.ensure(36);
      canvas.y -= GAP / 2;
      canvas.paragraph(block.text, { size: 11, bold: true });
      canvas.y -= 2;
      return;
    case "paragraph":
      canvas.paragraph(block.text, BODY);
      canvas.y -= GAP / 2;
      return;
    case "fields":
      drawFields(canvas, block.rows);
      canvas.y -= GAP;
      return;
    case "boxes":
      drawBoxes(canvas, block.boxes);
      return;
    case "table":
      drawTable(canvas, block.columns, block.rows);
      return;
    case "signatures":
      drawSignatures(canvas, block.names);
      return;
  }
}

/** Every string a layout draws (to know before drawing whether it needs the fallback font). */
function textsOf(layout: DocumentLayout): string[] {
  const texts = [layout.title];
  for (const block of layout.blocks) {
    if (block.kind === "heading" || block.kind === "paragraph") texts.push(block.text);
    if (block.kind === "fields") texts.push(...block.rows.flatMap((row) => [row.label, row.value]));
    if (block.kind === "boxes") texts.push(...block.boxes.flatMap((box) => [box.label, box.description, box.value]));
    if (block.kind === "table") texts.push(...block.columns.map((column) => column.header), ...block.rows.flat());
    if (block.kind === "signatures") texts.push(...block.names);
  }
  return texts;
}

/**
 * Renders a document layout to PDF bytes (US Letter, DejaVu Sans subsets, and the fallback font's for what
 * DejaVu lacks), deterministically: no clock, no random id.
 *
 * @example const bytes = await renderLayoutPdf(buildTilaDisclosure(terms));
 */
export async function renderLayoutPdf(layout: DocumentLayout): Promise<Uint8Array> {
  const { PDFDocument } = await pdfLib();
  const doc = await PDFDocument.create({ updateMetadata: false });
  const issued = new Date(`${layout.issuedOn}T00:00:00.000Z`);
  doc.setTitle(layout.title);
  doc.setSubject(layout.subject);
  doc.setAuthor(layout.author);
  doc.setCreator("Lendstack");
  doc.setProducer("Lendstack (pdf-lib)");
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);
  const { regular, bold } = await embedUnicodeFonts(doc);
  const fallback = await embedFallbackFont(doc, regular, textsOf(layout));
  const canvas = new PdfCanvas(doc, { regular, bold, fallback });
  canvas.paragraph(layout.title, { size: 16, bold: true });
  canvas.y -= GAP;
  for (const block of layout.blocks) drawBlock(canvas, block);
  return doc.save();
}
