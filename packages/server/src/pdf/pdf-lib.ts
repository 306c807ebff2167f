import type * as PdfLib from "pdf-lib";
import type { RGB } from "pdf-lib";

// pdf-lib is about 20 MB in a process: it loads with the first PDF the server makes or reads, not at start
// (an idle API process holds only what requests use). Modules that draw PDFs import its types statically
// and its values from here.

let loading: Promise<typeof PdfLib> | undefined;

/**
 * pdf-lib's module, imported on first use.
 *
 * @example const { PDFDocument } = await pdfLib();
 */
export function pdfLib(): Promise<typeof PdfLib> {
  loading ??= import("pdf-lib");
  return loading;
}

/**
 * An RGB colour as pdf-lib's `rgb` makes it (components 0–1), without loading pdf-lib: its `ColorTypes.RGB`
 * is the string "RGB".
 *
 * @example page.drawLine({ …, color: rgbColor(0, 0, 0) });
 */
export function rgbColor(red: number, green: number, blue: number): RGB {
  return { type: "RGB", red, green, blue } as unknown as RGB;
}
