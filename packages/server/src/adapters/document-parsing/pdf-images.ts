import { type PdfDocument, pdfjs } from "./pdf-text.js";
import { encodePng, type RawPixels } from "./png-encode.js";

// The images painted on a PDF's pages (a scanner's output: one JPEG or Flate image a page, or JBIG2 / CCITT
// strips), decoded to pixels by pdf.js itself (its own JPEG, JPX, JBIG2 and CCITT decoders, no native code),
// each with the box it covers on its page in PDF points, so OCR'd words land where they are printed.

/** Where an image is printed: its page (from 1) and its bounding box in PDF points (y up from the bottom). */
export interface Placement {
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One image of a page, as a PNG file, with its placement. */
export interface PageImage {
  readonly placement: Placement;
  readonly png: Buffer;
}

/** Smaller images (rules, bullets, logos' specks) hold no text worth OCR. */
const MIN_SIDE_PIXELS = 32;

type Matrix = [number, number, number, number, number, number];
interface DecodedImage {
  readonly width: number;
  readonly height: number;
  readonly kind?: number;
  readonly data?: Uint8Array | Uint8ClampedArray;
}

function placementOf(page: number, matrix: Matrix, apply: (point: number[], m: Matrix) => number[]): Placement {
  const corners = [
    [0, 0],
    [1, 0],
    [0, 1],
    [1, 1],
  ].map((corner) => apply(corner, matrix));
  const xs = corners.map(([x]) => x ?? 0);
  const ys = corners.map(([, y]) => y ?? 0);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { page, x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

function objectOf(page: Awaited<ReturnType<PdfDocument["getPage"]>>, id: string): Promise<DecodedImage> {
  const objects = id.startsWith("g_") ? page.commonObjs : page.objs;
  return new Promise((resolve) => objects.get(id, resolve));
}

async function pixelsOf(image: DecodedImage): Promise<RawPixels | undefined> {
  const { ImageKind } = await pdfjs();
  const bitsPerPixel =
    image.kind === ImageKind.GRAYSCALE_1BPP
      ? 1
      : image.kind === ImageKind.RGB_24BPP
        ? 24
        : image.kind === ImageKind.RGBA_32BPP
          ? 32
          : undefined;
  if (bitsPerPixel === undefined || image.data === undefined) return undefined;
  if (image.width < MIN_SIDE_PIXELS || image.height < MIN_SIDE_PIXELS) return undefined;
  const data = new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return { width: image.width, height: image.height, bitsPerPixel, data };
}

/**
 * The images painted on one page, in painting order, each encoded as a PNG with the box it covers
 * (the current transformation matrix followed through `q`/`Q`/`cm` and form XObjects; a rotated image
 * gets its bounding box). Image masks and images too small to hold text are left out.
 *
 * @example for (const image of await pageImages(pdf, 1)) await readImageText(image.png, image.placement);
 */
export async function pageImages(pdf: PdfDocument, pageNumber: number): Promise<PageImage[]> {
  const { OPS, Util } = await pdfjs();
  const page = await pdf.getPage(pageNumber);
  const { fnArray, argsArray } = await page.getOperatorList();
  const apply = (point: number[], m: Matrix) => {
    const moved = [...point];
    Util.applyTransform(moved, m); // in place
    return moved;
  };
  const stack: Matrix[] = [];
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  const images: PageImage[] = [];
  for (let index = 0; index < fnArray.length; index += 1) {
    const op = fnArray[index];
    const args = argsArray[index] as unknown[];
    if (op === OPS.save || op === OPS.paintFormXObjectBegin) stack.push(matrix);
    if (op === OPS.restore || op === OPS.paintFormXObjectEnd) matrix = stack.pop() ?? matrix;
    if (op === OPS.transform) matrix = Util.transform(matrix, args) as Matrix;
    if (op === OPS.paintFormXObjectBegin && Array.isArray(args[0])) matrix = Util.transform(matrix, args[0]) as Matrix;
    if (op !== OPS.paintImageXObject && op !== OPS.paintInlineImageXObject) continue;
    const decoded = op === OPS.paintImageXObject ? await objectOf(page, String(args[0])) : (args[0] as DecodedImage);
    const pixels = await pixelsOf(decoded);
    if (pixels === undefined) continue;
    images.push({ placement: placementOf(pageNumber, matrix, apply), png: encodePng(pixels) });
  }
  page.cleanup();
  return images;
}
