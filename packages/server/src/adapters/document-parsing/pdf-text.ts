import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { TextItem } from "@lendstack/core/origination";
import { DocumentParsingError } from "./parser.js";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let loaded: Promise<PdfJs> | undefined;

/** pdf.js, imported on first use: every CLI command loads the server's modules, few of them read PDFs. */
export function pdfjs(): Promise<PdfJs> {
  loaded ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  return loaded;
}

const fontsFolder = `${join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

/** A PDF's text layer as core's plain items, and its page count. */
export interface PdfText {
  readonly items: ReadonlyArray<TextItem>;
  readonly pageCount: number;
}

const PDF_MAGIC = "%PDF-";

function itemsOf(page: number, content: ReadonlyArray<object>): TextItem[] {
  const items: TextItem[] = [];
  for (const item of content) {
    if (!("str" in item && "transform" in item) || typeof item.str !== "string" || item.str.trim() === "") continue;
    const transform = item.transform as number[];
    const width = "width" in item && typeof item.width === "number" ? item.width : 0;
    const height = "height" in item && typeof item.height === "number" ? item.height : 0;
    items.push({ text: item.str, page, x: transform[4] ?? 0, y: transform[5] ?? 0, width, height });
  }
  return items;
}

/** An open pdf.js document; `destroy()` it when done. */
export type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;

/** Images larger than this many pixels are not decoded (a decompression bomb; 600 dpi Letter is 33.7 M). */
const MAX_IMAGE_PIXELS = 40_000_000;

/**
 * Opens a PDF with pdf.js (the legacy build, for Node; no eval, no fonts fetched, images decoded to raw
 * pixels in this thread, never through a canvas). Not a PDF, or one pdf.js cannot open: `document_not_pdf`.
 *
 * @example const pdf = await openPdf(bytes, "application/pdf"); try { … } finally { await pdf.destroy(); }
 */
export async function openPdf(bytes: Uint8Array, contentType: string): Promise<PdfDocument> {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (contentType !== "application/pdf" || !head.includes(PDF_MAGIC)) {
    throw new DocumentParsingError("document_not_pdf", `Only PDFs are read; this document is ${contentType}.`);
  }
  const { getDocument, VerbosityLevel } = await pdfjs();
  try {
    return await getDocument({
      data: new Uint8Array(bytes),
      standardFontDataUrl: fontsFolder,
      verbosity: VerbosityLevel.ERRORS,
      isEvalSupported: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      maxImageSize: MAX_IMAGE_PIXELS,
      stopAtErrors: true,
    }).promise;
  } catch (error) {
    throw new DocumentParsingError("document_not_pdf", `The PDF could not be opened (${(error as Error).name}).`);
  }
}

/**
 * Reads a PDF's text layer with pdf.js: every non-blank text item with its page and box. Not a PDF:
 * `document_not_pdf`; a PDF pdf.js cannot open is that too; one without text: `document_has_no_text`.
 *
 * @example const { items } = await readPdfText(bytes);
 */
export async function readPdfText(bytes: Uint8Array, contentType: string): Promise<PdfText> {
  const pdf = await openPdf(bytes, contentType);
  try {
    const items: TextItem[] = [];
    for (let page = 1; page <= pdf.numPages; page += 1) {
      items.push(...itemsOf(page, (await (await pdf.getPage(page)).getTextContent()).items));
    }
    if (items.length === 0) {
      throw new DocumentParsingError("document_has_no_text", "The PDF has no text layer to read (a scan needs OCR).");
    }
    return { items, pageCount: pdf.numPages };
  } finally {
    await pdf.destroy();
  }
}
