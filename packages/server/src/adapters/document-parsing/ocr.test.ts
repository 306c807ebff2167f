import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinDocumentParser } from "./builtin.js";
import { imageSize } from "./image-size.js";
import { stopOcr } from "./ocr.js";
import { DocumentParsingError } from "./parser.js";
import { payStubPdf, SAMPLE_PAY_STUB } from "./sample-documents.js";

// OCR of a scanned pay stub: the generated pay stub PDF rendered to an image by poppler's `pdftoppm` (as a
// scanner would give it: pixels only, no text layer), read by the built-in parser through tesseract.js with
// the installed English model, every figure checked against the figures the PDF was made from.

let folder: string;
const rendered = new Map<string, Buffer>();
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "lendstack-ocr-"));
  await writeFile(join(folder, "stub.pdf"), await payStubPdf(SAMPLE_PAY_STUB));
  for (const format of ["png", "jpeg"] as const) {
    const out = join(folder, `stub-${format}`);
    await promisify(execFile)("pdftoppm", ["-r", "150", `-${format}`, "-singlefile", join(folder, "stub.pdf"), out]);
    rendered.set(format, await readFile(`${out}.${format === "png" ? "png" : "jpg"}`));
  }
}, 60_000);
afterAll(async () => {
  await stopOcr();
  await rm(folder, { recursive: true, force: true });
});

const want = {
  employerName: SAMPLE_PAY_STUB.employer,
  employeeName: SAMPLE_PAY_STUB.employee,
  payPeriodStart: SAMPLE_PAY_STUB.periodStart,
  payPeriodEnd: SAMPLE_PAY_STUB.periodEnd,
  payDate: SAMPLE_PAY_STUB.payDate,
  grossPay: SAMPLE_PAY_STUB.grossMinor,
  netPay: SAMPLE_PAY_STUB.netMinor,
  ytdGrossPay: SAMPLE_PAY_STUB.ytdGrossMinor,
  ytdNetPay: SAMPLE_PAY_STUB.ytdNetMinor,
  payFrequency: "biweekly",
};

describe("OCR of a scanned pay stub", () => {
  it.each([
    ["png", "image/png"],
    ["jpeg", "image/jpeg"],
  ])("reads every figure of a %s scan to the cent, on page 1, less surely than the PDF", async (format, type) => {
    const bytes = rendered.get(format) ?? Buffer.alloc(0);
    const scanned = await builtinDocumentParser.extract({ bytes, contentType: type, documentType: "pay_stub" });
    const values = Object.fromEntries(scanned.fields.map((field) => [field.name, field.value]));
    expect(values).toMatchObject(want);
    expect(scanned.pageCount).toBe(1);
    const fromPdf = await builtinDocumentParser.extract({
      bytes: await payStubPdf(SAMPLE_PAY_STUB),
      contentType: "application/pdf",
      documentType: "pay_stub",
    });
    for (const field of scanned.fields) {
      const original = fromPdf.fields.find((each) => each.name === field.name);
      expect(field.page).toBe(original?.page);
      expect(field.confidence).toBeGreaterThan(0.5);
      expect(field.confidence).toBeLessThan(original?.confidence ?? 0);
    }
  });

  it("refuses an image with no text, or one whose header cannot be read, as document_has_no_text", async () => {
    // One pixel, which Tesseract's image reader refuses, and a PNG cut inside its header.
    const white = Buffer.from(
      "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f6d6e10000000049454e44ae426082",
      "hex",
    );
    for (const bytes of [white, white.subarray(0, 20)]) {
      const refused = await builtinDocumentParser
        .extract({ bytes, contentType: "image/png", documentType: "pay_stub" })
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(DocumentParsingError);
      expect((refused as DocumentParsingError).code).toBe("document_has_no_text");
    }
  });
});

describe("imageSize", () => {
  it("reads a PNG's and a JPEG's size from their headers (US Letter at 150 dpi: 1275 × 1650)", () => {
    expect(imageSize(rendered.get("png") ?? Buffer.alloc(0))).toEqual({ width: 1275, height: 1650 });
    expect(imageSize(rendered.get("jpeg") ?? Buffer.alloc(0))).toEqual({ width: 1275, height: 1650 });
    expect(imageSize(Buffer.from("GIF89a"))).toBeUndefined();
    expect(imageSize(Buffer.from([0xff, 0xd8, 0xff]))).toBeUndefined();
  });
});
