import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { payStubPdf, SAMPLE_PAY_STUB, stopOcr } from "../src/adapters/document-parsing/index.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { createParty, individual } from "./parties-helpers.js";

// A pay stub uploaded as a scan (a PNG rendered from the generated PDF by poppler's pdftoppm, or that
// scan as a JPEG or PNG inside a PDF without a text layer) is read by OCR through
// `POST /v1/documents/{id}/extractions`, the figures to the cent as from the PDF.

let testDatabase: TestDatabase;
let api: TestApp;
let scan: Buffer;
let jpegScan: Buffer;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  // The scan, base64 in JSON, is larger than the test app's 64 KiB default body limit.
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-04T12:00:00.000Z", bodyLimitBytes: 1024 * 1024 });
  const folder = await mkdtemp(join(tmpdir(), "lendstack-ocr-api-"));
  await writeFile(join(folder, "stub.pdf"), await payStubPdf(SAMPLE_PAY_STUB));
  await promisify(execFile)("pdftoppm", [
    "-r",
    "150",
    "-png",
    "-singlefile",
    join(folder, "stub.pdf"),
    join(folder, "stub"),
  ]);
  scan = await readFile(join(folder, "stub.png"));
  await promisify(execFile)("pdftoppm", [
    "-r",
    "150",
    "-jpeg",
    "-singlefile",
    join(folder, "stub.pdf"),
    join(folder, "stub"),
  ]);
  jpegScan = await readFile(join(folder, "stub.jpg"));
  await rm(folder, { recursive: true, force: true });
}, 60_000);
afterAll(async () => {
  await stopOcr();
  await testDatabase.dispose();
});

/** The scan as the only thing on a US Letter page of a PDF, as a scanner writes it. */
async function pdfOf(image: Buffer, format: "png" | "jpeg"): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const embedded = format === "png" ? await pdf.embedPng(image) : await pdf.embedJpg(image);
  pdf.addPage([612, 792]).drawImage(embedded, { x: 0, y: 0, width: 612, height: 792 });
  return Buffer.from(await pdf.save());
}

async function extractUpload(token: string, fileName: string, contentType: string, content: Buffer) {
  const partyId = String((await createParty(api, token, individual({ taxId: "123-45-6789" }))).id);
  const uploaded = await api.call("POST", "/v1/documents", {
    token,
    body: { type: "pay_stub", partyId, fileName, contentType, content: content.toString("base64") },
  });
  expect(uploaded.status).toBe(201);
  const documentId = String((await json(uploaded)).id);
  return api.call("POST", `/v1/documents/${documentId}/extractions`, { token });
}

describe("extraction of a scanned pay stub", () => {
  it("reads the PNG by OCR: gross, net and year-to-date pay to the cent, with the period", async () => {
    const token = await api.token("dxt-ocr");
    const partyId = String((await createParty(api, token, individual({ taxId: "123-45-6789" }))).id);
    const uploaded = await api.call("POST", "/v1/documents", {
      token,
      body: {
        type: "pay_stub",
        partyId,
        fileName: "stub.png",
        contentType: "image/png",
        content: scan.toString("base64"),
      },
    });
    expect(uploaded.status).toBe(201);
    const documentId = String((await json(uploaded)).id);
    const response = await api.call("POST", `/v1/documents/${documentId}/extractions`, { token });
    expect(response.status).toBe(201);
    const body = await json(response);
    const values = Object.fromEntries(
      (body.fields as Array<{ name: string; value: unknown }>).map((field) => [field.name, field.value]),
    );
    expect(values).toMatchObject({
      grossPay: Number(SAMPLE_PAY_STUB.grossMinor),
      netPay: Number(SAMPLE_PAY_STUB.netMinor),
      ytdGrossPay: Number(SAMPLE_PAY_STUB.ytdGrossMinor),
      ytdNetPay: Number(SAMPLE_PAY_STUB.ytdNetMinor),
      payPeriodStart: SAMPLE_PAY_STUB.periodStart,
      payPeriodEnd: SAMPLE_PAY_STUB.periodEnd,
      employerName: SAMPLE_PAY_STUB.employer,
    });
  });

  it.each([["png"], ["jpeg"]] as const)(
    "reads a %s scan inside a PDF (no text layer) by OCR: every figure to the cent, on page 1",
    async (format) => {
      const token = await api.token(`dxt-ocr-pdf-${format}`);
      const content = await pdfOf(format === "png" ? scan : jpegScan, format);
      const response = await extractUpload(token, "stub.pdf", "application/pdf", content);
      expect(response.status).toBe(201);
      const body = await json(response);
      expect(body.pageCount).toBe(1);
      const fields = body.fields as Array<{ name: string; value: unknown; page: number; confidence: number }>;
      expect(Object.fromEntries(fields.map((field) => [field.name, field.value]))).toMatchObject({
        grossPay: 192_308,
        netPay: 148_012,
        ytdGrossPay: Number(SAMPLE_PAY_STUB.ytdGrossMinor),
        ytdNetPay: Number(SAMPLE_PAY_STUB.ytdNetMinor),
        payPeriodStart: "2026-03-02",
        payPeriodEnd: "2026-03-15",
        payDate: "2026-03-20",
        employerName: SAMPLE_PAY_STUB.employer,
      });
      expect(fields.find((field) => field.name === "grossPay")?.page).toBe(1);
    },
    60_000,
  );
});
