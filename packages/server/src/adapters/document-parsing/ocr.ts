import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { TextItem } from "@lendstack/core/origination";
import type { Line, Worker } from "tesseract.js";
import { imageSize } from "./image-size.js";
import { DocumentParsingError } from "./parser.js";
import type { Placement } from "./pdf-images.js";

// OCR of scanned documents (a photo or scan of a pay stub as PNG or JPEG) with tesseract.js: Tesseract's
// LSTM engine compiled to WebAssembly, run in a worker thread, with the English model from the
// `@tesseract.js-data/eng` package on disk, so nothing is downloaded at run time (the engine is the
// `tesseract.js-core` package). Its words become text items like a PDF's text layer, for the same parsers.

/** The image types OCR reads. */
export const OCR_CONTENT_TYPES: ReadonlyArray<string> = ["image/png", "image/jpeg"];

/** Tesseract's English LSTM model (`eng.traineddata.gz`, integer "best"), as installed. */
const LANG_PATH = join(
  dirname(createRequire(import.meta.url).resolve("@tesseract.js-data/eng/package.json")),
  "4.0.0_best_int",
);

/** A page is taken as US Letter wide: pixels are scaled so the image is 612 points across. */
const PAGE_WIDTH_POINTS = 612;

let started: Promise<Worker> | undefined;

/** The OCR worker, started on first use (about a second: the engine and the model load once). */
function ocrWorker(): Promise<Worker> {
  started ??= import("tesseract.js").then(({ createWorker, OEM }) =>
    // A failed job rejects its promise; without an errorHandler tesseract.js would also throw it uncaught.
    createWorker("eng", OEM.LSTM_ONLY, {
      langPath: LANG_PATH,
      cacheMethod: "none",
      gzip: true,
      errorHandler: () => {},
    }),
  );
  return started;
}

/**
 * Stops the OCR worker thread, if one was started (tests, and a process that is shutting down).
 *
 * @example afterAll(() => stopOcr());
 */
export async function stopOcr(): Promise<void> {
  const running = started;
  started = undefined;
  if (running !== undefined) await (await running).terminate();
}

/** Words further apart than the line's height are separate items (a label and its value, table cells). */
function phrasesOf(line: Line): Line["words"][] {
  const height = line.bbox.y1 - line.bbox.y0;
  const phrases: Line["words"][] = [];
  for (const word of line.words) {
    const phrase = phrases.at(-1);
    const previous = phrase?.at(-1);
    if (phrase !== undefined && previous !== undefined && word.bbox.x0 - previous.bbox.x1 <= height) {
      phrase.push(word);
    } else {
      phrases.push([word]);
    }
  }
  return phrases;
}

/** How image pixels map to page points: the image's box on its page and its size in pixels. */
interface PixelMapping {
  readonly placement: Placement;
  readonly widthPixels: number;
  readonly heightPixels: number;
}

/** A line's phrases as text items in PDF points (y up from the bottom, at the line's baseline). */
function itemsOfLine(line: Line, { placement, widthPixels, heightPixels }: PixelMapping): TextItem[] {
  const baseline = (line.baseline.y0 + line.baseline.y1) / 2;
  const scaleX = placement.width / widthPixels;
  const scaleY = placement.height / heightPixels;
  return phrasesOf(line).flatMap((words) => {
    const first = words[0];
    const last = words.at(-1);
    const text = words.map((word) => word.text).join(" ");
    if (first === undefined || last === undefined || text.trim() === "") return [];
    return [
      {
        text,
        page: placement.page,
        x: placement.x + first.bbox.x0 * scaleX,
        y: placement.y + (heightPixels - baseline) * scaleY,
        width: (last.bbox.x1 - first.bbox.x0) * scaleX,
        height: (line.bbox.y1 - line.bbox.y0) * scaleY,
      },
    ];
  });
}

/** What OCR read from one image: its text items and Tesseract's mean word confidence (0 to 1). */
export interface ImageText {
  readonly items: ReadonlyArray<TextItem>;
  readonly confidence: number;
}

/**
 * Reads an image's text with OCR: every phrase (words closer than the line's height) as a text item in
 * points, placed in the box the image covers on its page (by default page 1, as if the page were 612
 * wide). An image whose header cannot be read, or in which no word is read: `document_has_no_text`.
 *
 * @example const { items } = await readImageText(png);
 */
export async function readImageText(bytes: Uint8Array, placement?: Placement): Promise<ImageText> {
  const size = imageSize(bytes);
  if (size === undefined || size.width === 0 || size.height === 0) {
    throw new DocumentParsingError("document_has_no_text", "The image could not be read (not a PNG or JPEG).");
  }
  const worker = await ocrWorker();
  let data: Awaited<ReturnType<Worker["recognize"]>>["data"];
  try {
    ({ data } = await worker.recognize(Buffer.from(bytes), {}, { blocks: true }));
  } catch {
    throw new DocumentParsingError("document_has_no_text", "The image could not be decoded.");
  }
  const lines = (data.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines));
  const mapping: PixelMapping = {
    placement: placement ?? {
      page: 1,
      x: 0,
      y: 0,
      width: PAGE_WIDTH_POINTS,
      height: (size.height * PAGE_WIDTH_POINTS) / size.width,
    },
    widthPixels: size.width,
    heightPixels: size.height,
  };
  const items = lines.flatMap((line) => itemsOfLine(line, mapping));
  if (items.length === 0) throw new DocumentParsingError("document_has_no_text", "OCR found no text in the image.");
  const words = lines.flatMap((line) => line.words);
  const confidence = words.reduce((sum, word) => sum + word.confidence, 0) / words.length / 100;
  return { items, confidence };
}
