import type { TextItem } from "@lendstack/core/origination";
import { readImageText } from "./ocr.js";
import { DocumentParsingError } from "./parser.js";
import { pageImages } from "./pdf-images.js";
import { openPdf } from "./pdf-text.js";

/** OCR takes a second or two a page: a longer scan is refused rather than holding a request for minutes. */
export const MAX_SCANNED_PAGES = 20;

/** What OCR read from a scanned PDF: the text items, the page count, and Tesseract's confidence per page. */
export interface PdfScanText {
  readonly items: ReadonlyArray<TextItem>;
  readonly pageCount: number;
  /** Mean word confidence (0 to 1) of each page OCR read text on, by page number. */
  readonly confidenceByPage: ReadonlyMap<number, number>;
}

/**
 * Reads a PDF without a text layer (a scan) by OCR: each page's images are decoded by pdf.js, encoded as
 * PNG and read by tesseract.js (`ocr.ts`), one image at a time, the words placed where the image is printed.
 * A PDF with neither text nor an image with words in it, or with more than `MAX_SCANNED_PAGES` pages:
 * `document_has_no_text`.
 *
 * @example const { items, confidenceByPage } = await readPdfScan(bytes, "application/pdf");
 */
export async function readPdfScan(bytes: Uint8Array, contentType: string): Promise<PdfScanText> {
  const pdf = await openPdf(bytes, contentType);
  try {
    if (pdf.numPages > MAX_SCANNED_PAGES) {
      throw new DocumentParsingError(
        "document_has_no_text",
        `The PDF has no text layer, and a scan of more than ${MAX_SCANNED_PAGES} pages is not read by OCR.`,
      );
    }
    const items: TextItem[] = [];
    const confidenceByPage = new Map<number, number>();
    for (let page = 1; page <= pdf.numPages; page += 1) {
      const confidences: number[] = [];
      for (const image of await pageImages(pdf, page)) {
        const text = await readImageText(image.png, image.placement).catch((error: unknown) => {
          if (error instanceof DocumentParsingError) return undefined; // an image without words: a photo, a logo
          throw error;
        });
        if (text === undefined) continue;
        items.push(...text.items);
        confidences.push(text.confidence);
      }
      if (confidences.length > 0) {
        confidenceByPage.set(page, confidences.reduce((sum, each) => sum + each, 0) / confidences.length);
      }
    }
    if (items.length === 0) {
      throw new DocumentParsingError("document_has_no_text", "The PDF has no text layer and no image with text in it.");
    }
    return { items, pageCount: pdf.numPages, confidenceByPage };
  } finally {
    await pdf.destroy();
  }
}
