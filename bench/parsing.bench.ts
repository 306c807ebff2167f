/**
 * Document parsing (issue 11, "Speed"): `parse.paystub` is the built-in offline extractor on a one-page pay
 * stub PDF (pdf.js reads the text layer, core's parser reads the fields); the baseline is pdf.js's
 * `getTextContent` alone on the same PDF in the same run, so the ratio is what reading the fields adds.
 * `parse.paystub.ocr` is the same extractor on that pay stub scanned: rendered to a 150 dpi PNG by poppler's
 * `pdftoppm`, read by OCR (tesseract.js, English model installed offline), one page per call; its baseline is
 * the PDF extraction. `parse.paystub.ocr.pdf` is that scan embedded in a PDF without a text layer: pdf.js
 * decodes the page image, it is encoded as PNG and read by the same OCR; its baseline is the PNG scan's OCR,
 * so the ratio is what taking the image out of the PDF adds. The extraction's gross pay is checked before
 * anything is timed.
 */

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { PDFDocument } from "pdf-lib";
import { InvariantError } from "../packages/core/src/errors/index.js";
import { parsePayStub } from "../packages/core/src/origination/index.js";
import {
  builtinDocumentParser,
  payStubPdf,
  readPdfText,
  SAMPLE_PAY_STUB,
  stopOcr,
} from "../packages/server/src/adapters/document-parsing/index.js";
import { consume, microsecondsPerCall, type Suite, timeResult } from "./harness.js";

const warmUps = 20;
const samples = 101;

function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Microseconds of each call, one call at a time (each is asynchronous: pdf.js works through promises). */
async function timeEach(run: () => Promise<unknown>, runs = samples, warm = warmUps): Promise<number[]> {
  for (let i = 0; i < warm; i += 1) consume(await run());
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    consume(await run());
    times.push((performance.now() - start) * 1000);
  }
  return times;
}

/** The pay stub PDF as a 150 dpi PNG scan (pdftoppm). */
function scanned(pdf: Uint8Array): Buffer {
  const folder = mkdtempSync(join(tmpdir(), "lendstack-bench-ocr-"));
  try {
    writeFileSync(join(folder, "stub.pdf"), pdf);
    execFileSync("pdftoppm", ["-r", "150", "-png", "-singlefile", join(folder, "stub.pdf"), join(folder, "stub")]);
    return readFileSync(join(folder, "stub.png"));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The scan as the only thing on a US Letter page of a PDF (no text layer), as a scanner writes it. */
async function scannedPdf(png: Uint8Array): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.addPage([612, 792]).drawImage(await pdf.embedPng(png), { x: 0, y: 0, width: 612, height: 792 });
  return pdf.save();
}

/** `parse.paystub.ocr.pdf`: median of 15 extractions of the scan inside a PDF (after 2 warm-ups). */
async function ocrPdfResult(png: Uint8Array, pngMedianUs: number) {
  const bytes = await scannedPdf(png);
  const input = { bytes, contentType: "application/pdf", documentType: "pay_stub" } as const;
  const checked = await builtinDocumentParser.extract(input);
  const gross = checked.fields.find((field) => field.name === "grossPay");
  if (gross?.value !== SAMPLE_PAY_STUB.grossMinor) throw new InvariantError("the PDF scan's gross pay was misread");
  const times = await timeEach(() => builtinDocumentParser.extract(input), 15, 2);
  return timeResult(
    "parse.paystub.ocr.pdf",
    median(times),
    pngMedianUs,
    `built-in extractor on the 150 dpi PNG scan inside a PDF without a text layer (${bytes.byteLength} bytes): ` +
      `pdf.js decodes the page image, PNG-encoded with zlib, read by the same OCR; time per page, median of ` +
      `${times.length} runs; baseline the PNG scan's OCR (parse.paystub.ocr)`,
  );
}

/** `parse.paystub.ocr`: median of 15 OCR extractions of the scanned page (after 2 that start the worker). */
async function ocrResult(bytes: Uint8Array, pdfMedianUs: number) {
  const png = scanned(bytes);
  const input = { bytes: png, contentType: "image/png", documentType: "pay_stub" } as const;
  const checked = await builtinDocumentParser.extract(input);
  const gross = checked.fields.find((field) => field.name === "grossPay");
  if (gross?.value !== SAMPLE_PAY_STUB.grossMinor) throw new InvariantError("the scanned gross pay was misread");
  const times = await timeEach(() => builtinDocumentParser.extract(input), 15, 2);
  const fromPdf = await ocrPdfResult(png, median(times));
  await stopOcr();
  return [
    timeResult(
      "parse.paystub.ocr",
      median(times),
      pdfMedianUs,
      `built-in extractor on the same pay stub as a 150 dpi PNG scan (1275 x 1650, ${png.byteLength} bytes), read ` +
        `by OCR (tesseract.js, LSTM, English model from @tesseract.js-data/eng): time per page, median of ` +
        `${times.length} runs; baseline the PDF extraction (parse.paystub)`,
    ),
    fromPdf,
  ];
}

const suite: Suite = {
  name: "parsing",
  async run() {
    const bytes = await payStubPdf(SAMPLE_PAY_STUB);
    const input = { bytes, contentType: "application/pdf", documentType: "pay_stub" } as const;
    const checked = await builtinDocumentParser.extract(input);
    const gross = checked.fields.find((field) => field.name === "grossPay");
    if (gross?.value !== SAMPLE_PAY_STUB.grossMinor) throw new InvariantError("the pay stub's gross pay was misread");
    // Interleaved, so that both see the same machine load.
    const extractor: number[] = [];
    const textOnly: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      extractor.push(...(await timeEach(() => builtinDocumentParser.extract(input))));
      textOnly.push(...(await timeEach(() => readPdfText(bytes, "application/pdf"))));
    }
    const parsed = median(extractor);
    const text = median(textOnly);
    const { items } = await readPdfText(bytes, "application/pdf");
    const coreOnly = microsecondsPerCall(() => parsePayStub(items));
    return [
      ...(await ocrResult(bytes, parsed)),
      timeResult(
        "parse.paystub",
        parsed,
        text,
        `built-in extractor on a one-page pay stub PDF (${bytes.byteLength} bytes, ${checked.textItemCount} text items, ` +
          `${checked.fields.length} fields); median of ${extractor.length} runs; baseline pdf.js getTextContent alone ` +
          `on the same PDF (${textOnly.length} runs); core's parsePayStub alone on its items: ${coreOnly.toFixed(1)} us`,
      ),
    ];
  },
};
export default suite;
