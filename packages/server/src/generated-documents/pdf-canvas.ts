import type { PDFDocument, PDFFont, PDFPage } from "pdf-lib";
import { rgbColor } from "../pdf/pdf-lib.js";
import { type TextRun, textRuns } from "./unicode-fonts.js";

// A cursor over the pages of a PDF being written: text in embedded Unicode fonts (DejaVu Sans), wrapped to a
// width, with a new page when the next line would not fit. A character the font has no glyph for (CJK, for
// one) is drawn with the fallback font when the document has one, else replaced by "?", so a name never
// makes the rendering fail.

/** US Letter in points. */
export const PAGE_WIDTH = 612;
export const PAGE_HEIGHT = 792;
export const MARGIN = 54;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

/** The fonts a canvas draws with. */
export interface CanvasFonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
  /** For the characters DejaVu lacks (regular and bold alike), when the document has any and one is configured. */
  readonly fallback?: PDFFont | undefined;
}

/** Text options: size in points, bold or not. */
export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
}

/**
 * Writes pages top to bottom.
 *
 * @example const canvas = new PdfCanvas(doc, fonts); canvas.line("Hello", { size: 10 });
 */
export class PdfCanvas {
  page: PDFPage;
  y: number;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: CanvasFonts,
  ) {
    this.page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.y = PAGE_HEIGHT - MARGIN;
  }

  font(style: TextStyle): PDFFont {
    return style.bold === true ? this.fonts.bold : this.fonts.regular;
  }

  /** `text` in runs of the style's font and the fallback font (a character neither has is `?`). */
  runs(text: string, style: TextStyle = { size: 10 }): TextRun[] {
    return textRuns(this.font(style), this.fonts.fallback, text);
  }

  width(text: string, style: TextStyle): number {
    return this.runs(text, style).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, style.size), 0);
  }

  /** Starts a new page when fewer than `height` points are left above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height >= MARGIN) return;
    this.page = this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.y = PAGE_HEIGHT - MARGIN;
  }

  /** Draws `text` with its baseline at `y` (default: the cursor's line). */
  draw(text: string, x: number, style: TextStyle, y = this.y - style.size): void {
    if (text === "") return;
    let at = x;
    for (const run of this.runs(text, style)) {
      this.page.drawText(run.text, { x: at, y, size: style.size, font: run.font, color: rgbColor(0, 0, 0) });
      at += run.font.widthOfTextAtSize(run.text, style.size);
    }
  }

  /** `text` broken into lines of at most `width` points, at spaces (a word longer than a line stays whole). */
  wrap(text: string, width: number, style: TextStyle): string[] {
    const lines: string[] = [];
    let current = "";
    for (const word of text.split(/\s+/).filter((part) => part !== "")) {
      const candidate = current === "" ? word : `${current} ${word}`;
      if (current !== "" && this.width(candidate, style) > width) {
        lines.push(current);
        current = word;
      } else {
        current = candidate;
      }
    }
    if (current !== "") lines.push(current);
    return lines;
  }

  /** A wrapped paragraph at `x` within `width`, moving the cursor below it. */
  paragraph(text: string, style: TextStyle, x = MARGIN, width = CONTENT_WIDTH): void {
    const leading = style.size * 1.35;
    for (const line of this.wrap(text, width, style)) {
      this.ensure(leading);
      this.draw(line, x, style);
      this.y -= leading;
    }
  }

  rectangle(x: number, y: number, width: number, height: number): void {
    this.page.drawRectangle({ x, y, width, height, borderColor: rgbColor(0, 0, 0), borderWidth: 0.75 });
  }

  rule(x1: number, x2: number, y: number): void {
    this.page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness: 0.5, color: rgbColor(0, 0, 0) });
  }
}
