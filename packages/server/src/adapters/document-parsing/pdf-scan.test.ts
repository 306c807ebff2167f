import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { PDFDocument, rgb } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinDocumentParser } from "./builtin.js";
import { stopOcr } from "./ocr.js";
import { DocumentParsingError } from "./parser.js";
import { pageImages } from "./pdf-images.js";
import { openPdf } from "./pdf-text.js";
import { encodePng } from "./png-encode.js";
import { bankStatementPdf, payStubPdf, SAMPLE_BANK_STATEMENT, SAMPLE_PAY_STUB } from "./sample-documents.js";

// A scan inside a PDF: the generated documents rendered to 150 dpi images by poppler's pdftoppm, embedded
// into PDFs with pdf-lib (a pixel-only page, as a scanner writes it), then read by the built-in parser, which
// takes the page images out with pdf.js and reads them by OCR. Every figure is checked against the figures
// the documents were made from, and each field's page and place against the text-layer original.

let folder: string;
/** Rendered pages by document and format: `stub.png`, `statement-1.jpg` … */
const scans = new Map<string, Buffer>();
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "lendstack-pdf-scan-"));
  await writeFile(join(folder, "stub.pdf"), await payStubPdf(SAMPLE_PAY_STUB));
  await writeFile(join(folder, "statement.pdf"), await bankStatementPdf(SAMPLE_BANK_STATEMENT));
  const render = promisify(execFile);
  await render("pdftoppm", ["-r", "150", "-png", join(folder, "stub.pdf"), join(folder, "stub")]);
  await render("pdftoppm", ["-r", "150", "-jpeg", join(folder, "stub.pdf"), join(folder, "stub")]);
  await render("pdftoppm", ["-r", "150", "-jpeg", join(folder, "statement.pdf"), join(folder, "statement")]);
  for (const name of await readdir(folder)) {
    if (!name.endsWith(".pdf")) scans.set(name, await readFile(join(folder, name)));
  }
}, 60_000);
afterAll(async () => {
  await stopOcr();
  await rm(folder, { recursive: true, force: true });
});

type Box = { x: number; y: number; width: number; height: number };
/** A PDF whose pages are the given images, each drawn in the given box of a US Letter page. */
async function scannedPdf(pages: ReadonlyArray<{ image: Buffer; box?: Box }>): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  for (const { image, box } of pages) {
    const isPng = image[0] === 0x89;
    const embedded = isPng ? await pdf.embedPng(image) : await pdf.embedJpg(image);
    pdf.addPage([612, 792]).drawImage(embedded, box ?? { x: 0, y: 0, width: 612, height: 792 });
  }
  return pdf.save({ useObjectStreams: false });
}

const scan = (name: string) => scans.get(name) ?? Buffer.alloc(0);
const valuesOf = (fields: ReadonlyArray<{ name: string; value: unknown }>) =>
  Object.fromEntries(fields.map((field) => [field.name, field.value]));

describe("OCR of a scan inside a PDF", () => {
  it.each([["stub-1.png"], ["stub-1.jpg"]])(
    "reads every figure of %s embedded in a PDF to the cent, each where the text-layer PDF has it",
    async (name) => {
      const bytes = await scannedPdf([{ image: scan(name) }]);
      const read = await builtinDocumentParser.extract({
        bytes,
        contentType: "application/pdf",
        documentType: "pay_stub",
      });
      expect(valuesOf(read.fields)).toMatchObject({
        employerName: SAMPLE_PAY_STUB.employer,
        grossPay: 192_308n,
        netPay: 148_012n,
        ytdGrossPay: SAMPLE_PAY_STUB.ytdGrossMinor,
        ytdNetPay: SAMPLE_PAY_STUB.ytdNetMinor,
        payPeriodStart: "2026-03-02",
        payPeriodEnd: "2026-03-15",
        payDate: "2026-03-20",
        payFrequency: "biweekly",
      });
      const original = await builtinDocumentParser.extract({
        bytes: await payStubPdf(SAMPLE_PAY_STUB),
        contentType: "application/pdf",
        documentType: "pay_stub",
      });
      const gross = read.fields.find((field) => field.name === "grossPay");
      const printed = original.fields.find((field) => field.name === "grossPay");
      expect(gross?.page).toBe(1);
      // The printed figure is at x = 300 (sample-documents.ts); OCR's box lands within 3 points of it.
      expect(Math.abs((gross?.bbox?.x ?? 0) - (printed?.bbox?.x ?? 0))).toBeLessThan(3);
      expect(Math.abs((gross?.bbox?.y ?? 0) - (printed?.bbox?.y ?? 0))).toBeLessThan(3);
      expect(gross?.confidence).toBeGreaterThan(0.5);
      expect(gross?.confidence).toBeLessThan(printed?.confidence ?? 0);
    },
    60_000,
  );

  it("places the words of an image drawn at half size in a corner where that image shows them", async () => {
    const bytes = await scannedPdf([{ image: scan("stub-1.png"), box: { x: 100, y: 50, width: 306, height: 396 } }]);
    const read = await builtinDocumentParser.extract({
      bytes,
      contentType: "application/pdf",
      documentType: "pay_stub",
    });
    const gross = read.fields.find((field) => field.name === "grossPay");
    expect(gross?.value).toBe(192_308n);
    // Printed at (300, 600) on the full page: 100 + 300 / 2 = 250 and 50 + 600 / 2 = 350 on this one.
    expect(Math.abs((gross?.bbox?.x ?? 0) - 250)).toBeLessThan(3);
    expect(Math.abs((gross?.bbox?.y ?? 0) - 350)).toBeLessThan(3);
  }, 60_000);

  it("reads a two-page scanned bank statement page by page: the balances on 1, the fee lines on 2", async () => {
    const bytes = await scannedPdf([{ image: scan("statement-1.jpg") }, { image: scan("statement-2.jpg") }]);
    const read = await builtinDocumentParser.extract({
      bytes,
      contentType: "application/pdf",
      documentType: "bank_statement",
    });
    expect(read.pageCount).toBe(2);
    const figures = Object.fromEntries(read.fields.map((field) => [field.name, [field.value, field.page]]));
    expect(figures).toMatchObject({
      openingBalance: [SAMPLE_BANK_STATEMENT.openingMinor, 1],
      closingBalance: [SAMPLE_BANK_STATEMENT.closingMinor, 1],
      totalDeposits: [SAMPLE_BANK_STATEMENT.depositsMinor, 1],
    });
    expect(figures.nsfCount?.[0]).toBe(SAMPLE_BANK_STATEMENT.nsfFees);
  }, 90_000);

  it("refuses a PDF with neither text nor an image with words as document_has_no_text", async () => {
    const pdf = await PDFDocument.create({ updateMetadata: false });
    const page = pdf.addPage([612, 792]);
    page.drawRectangle({ x: 72, y: 500, width: 300, height: 200, color: rgb(0.8, 0.8, 0.8) });
    const blank = encodePng({
      width: 200,
      height: 100,
      bitsPerPixel: 24,
      data: new Uint8Array(200 * 100 * 3).fill(255),
    });
    page.drawImage(await pdf.embedPng(blank), { x: 72, y: 100, width: 200, height: 100 });
    const refused = await builtinDocumentParser
      .extract({ bytes: await pdf.save(), contentType: "application/pdf", documentType: "pay_stub" })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DocumentParsingError);
    expect((refused as DocumentParsingError).code).toBe("document_has_no_text");
  }, 60_000);
});

describe("encodePng", () => {
  it("writes PNGs that pdf-lib decodes and pdf.js gives back pixel for pixel (RGB, RGBA and 1-bit grey)", async () => {
    // 40 × 33 (rows of 1-bit grey are 5 bytes, none padded); a gradient so that every byte differs by place.
    const width = 40;
    const height = 33;
    const rgbPixels = Uint8Array.from({ length: width * height * 3 }, (_, i) => (i * 7) % 256);
    const rgbaPixels = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i % 4 === 3 ? 255 : (i * 5) % 256));
    // Fully opaque: pdf-lib drops the alpha channel, and pdf.js gives back the RGB bytes.
    const rgbaAsRgb = rgbaPixels.filter((_, i) => i % 4 !== 3);
    const bits = Uint8Array.from({ length: 5 * height }, (_, i) => (i * 37) % 256);
    const greyAsRgb = Uint8Array.from({ length: width * height * 3 }, (_, i) => {
      const pixel = Math.floor(i / 3);
      const byte = bits[Math.floor(pixel / width) * 5 + Math.floor((pixel % width) / 8)] ?? 0;
      return (byte >> (7 - (pixel % 8))) & 1 ? 255 : 0;
    });
    const cases = [
      { png: encodePng({ width, height, bitsPerPixel: 24, data: rgbPixels }), want: rgbPixels },
      { png: encodePng({ width, height, bitsPerPixel: 32, data: rgbaPixels }), want: rgbaAsRgb },
      { png: encodePng({ width, height, bitsPerPixel: 1, data: bits }), want: greyAsRgb },
    ];
    for (const { png, want } of cases) {
      const pdf = await PDFDocument.create();
      pdf.addPage([612, 792]).drawImage(await pdf.embedPng(png), { x: 10, y: 20, width: 80, height: 66 });
      const opened = await openPdf(await pdf.save(), "application/pdf");
      const [image] = await pageImages(opened, 1);
      await opened.destroy();
      expect(image?.placement).toEqual({ page: 1, x: 10, y: 20, width: 80, height: 66 });
      expect(await decodedPixels(image?.png ?? Buffer.alloc(0))).toEqual(Buffer.from(want));
    }
  });
});

/** The raw pixel rows of a PNG written by encodePng (filter 0 on each row), read back with zlib. */
async function decodedPixels(png: Buffer): Promise<Buffer> {
  const { inflateSync } = await import("node:zlib");
  const width = png.readUInt32BE(16);
  const bitsPerPixel = png[25] === 6 ? 32 : png[25] === 2 ? 24 : 1;
  const rowBytes = Math.ceil((width * bitsPerPixel) / 8);
  const idat = png.indexOf("IDAT", 0, "latin1");
  const rows = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
  const out: Buffer[] = [];
  for (let at = 0; at < rows.length; at += rowBytes + 1) out.push(rows.subarray(at + 1, at + 1 + rowBytes));
  return Buffer.concat(out);
}
