import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bankStatementPdf,
  type FakeOpenAi,
  openAiDocumentParser,
  payStubPdf,
  SAMPLE_BANK_STATEMENT,
  SAMPLE_PAY_STUB,
  scannedPdf,
  startFakeOpenAi,
  stopOcr,
} from "../src/adapters/document-parsing/index.js";
import { GIF_BYTES, PNG_BYTES } from "./helpers/documents.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { createParty, individual } from "./parties-helpers.js";

// Document extractions over HTTP on PGlite and (with DATABASE_URL) PostgreSQL: the built-in parser on
// generated PDFs, every figure to the cent with its page; the refusals; history, lists, events, tenants;
// and the OpenAI-compatible provider against a local fake (a failing one is a 502, never a 500).

let testDatabase: TestDatabase;
let api: TestApp;
let fake: FakeOpenAi;
let failing: FakeOpenAi;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-04T12:00:00.000Z" });
  fake = await startFakeOpenAi();
  failing = await startFakeOpenAi({ fault: { status: 500 } });
});
afterAll(async () => {
  await Promise.all([fake.close(), failing.close(), stopOcr()]);
  await testDatabase.dispose();
});

let parties = 1000;

async function upload(app: TestApp, token: string, type: string, bytes: Uint8Array, contentType = "application/pdf") {
  parties += 1;
  const partyId = String((await createParty(app, token, individual({ taxId: `123-45-${parties}` }))).id);
  const response = await app.call("POST", "/v1/documents", {
    token,
    body: { type, partyId, fileName: "doc.pdf", contentType, content: Buffer.from(bytes).toString("base64") },
  });
  expect(response.status).toBe(201);
  return String((await json(response)).id);
}

async function extract(app: TestApp, token: string, documentId: string, headers: Record<string, string> = {}) {
  const response = await app.call("POST", `/v1/documents/${documentId}/extractions`, { token, headers });
  return { status: response.status, body: await json(response), headers: response.headers };
}

const valuesOf = (body: Record<string, unknown>) =>
  Object.fromEntries(
    (body.fields as Array<{ name: string; value: unknown; page: number | null }>).map((field) => [
      field.name,
      [field.value, field.page],
    ]),
  );

describe("document extractions", () => {
  it("reads a pay stub PDF: every figure to the cent, with its page, kind, confidence and box", async () => {
    const token = await api.token("dxt-pay");
    const documentId = await upload(api, token, "pay_stub", await payStubPdf(SAMPLE_PAY_STUB));
    const extracted = await extract(api, token, documentId);
    expect(extracted.status, JSON.stringify(extracted.body)).toBe(201);
    expect(extracted.body).toMatchObject({
      object: "document_extraction",
      documentId,
      documentType: "pay_stub",
      ownerType: "party",
      provider: "builtin",
      model: "lendstack-layout-1",
      currency: "USD",
      pageCount: 1,
      createdAt: "2026-12-04T12:00:00.000Z",
    });
    expect(valuesOf(extracted.body)).toEqual({
      employerName: ["Acme Widgets, Inc.", 1],
      employeeName: ["Ada Lovelace", 1],
      payPeriodStart: ["2026-03-02", 1],
      payPeriodEnd: ["2026-03-15", 1],
      payDate: ["2026-03-20", 1],
      grossPay: [192_308, 1],
      netPay: [148_012, 1],
      ytdGrossPay: [1_153_848, 1],
      ytdNetPay: [888_072, 1],
      payFrequency: ["biweekly", null],
      // 192,308 × 26 / 12 = 416,667.33 → 416,667 (half-up)
      monthlyIncome: [416_667, 1],
    });
    const gross = (extracted.body.fields as Array<Record<string, unknown>>).find((field) => field.name === "grossPay");
    expect(gross).toMatchObject({ kind: "money", confidence: 0.95, bbox: { x: 300, y: 600, height: 10 } });
    const again = await api.call("GET", `/v1/extractions/${extracted.body.id}`, { token });
    expect(await json(again)).toEqual(extracted.body);
  });

  it("reads a two-page bank statement, the fee lines on page 2", async () => {
    const token = await api.token("dxt-bank");
    const documentId = await upload(api, token, "bank_statement", await bankStatementPdf(SAMPLE_BANK_STATEMENT));
    const extracted = await extract(api, token, documentId);
    expect(extracted.status).toBe(201);
    expect(extracted.body.pageCount).toBe(2);
    expect(valuesOf(extracted.body)).toEqual({
      accountHolder: ["Ada Lovelace", 1],
      periodStart: ["2026-03-01", 1],
      periodEnd: ["2026-03-31", 1],
      openingBalance: [250_000, 1],
      closingBalance: [120_411, 1],
      totalDeposits: [833_334, 1],
      nsfCount: [2, 2],
    });
  });

  it("refuses another type, a non-PDF, a scan and a textless image with 422, an unknown document with 404; stores nothing", async () => {
    const token = await api.token("dxt-refusals");
    const id = await upload(api, token, "government_id", await payStubPdf(SAMPLE_PAY_STUB));
    expect(await extract(api, token, id)).toMatchObject({
      status: 422,
      body: { code: "document_type_not_extractable" },
    });
    const gif = await upload(api, token, "pay_stub", GIF_BYTES, "image/gif");
    expect(await extract(api, token, gif)).toMatchObject({ status: 422, body: { code: "document_not_pdf" } });
    // A PNG is read by OCR: one blank pixel has no text.
    const png = await upload(api, token, "pay_stub", PNG_BYTES, "image/png");
    expect(await extract(api, token, png)).toMatchObject({ status: 422, body: { code: "document_has_no_text" } });
    const scan = await upload(api, token, "bank_statement", await scannedPdf());
    expect(await extract(api, token, scan)).toMatchObject({ status: 422, body: { code: "document_has_no_text" } });
    expect(await extract(api, token, "doc_01JGFJJZ0000000000000000AB")).toMatchObject({
      status: 404,
      body: { code: "document_not_found" },
    });
    for (const documentId of [id, gif, png, scan]) {
      const list = await json(await api.call("GET", `/v1/documents/${documentId}/extractions`, { token }));
      expect(list.data).toEqual([]);
    }
  });

  it("keeps every extraction, lists them, replays an Idempotency-Key, records document.extracted", async () => {
    const token = await api.token("dxt-history");
    const documentId = await upload(api, token, "pay_stub", await payStubPdf(SAMPLE_PAY_STUB));
    const key = { "idempotency-key": "extract-once" };
    const first = await extract(api, token, documentId, key);
    const replay = await extract(api, token, documentId, key);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body.id).toBe(first.body.id);
    const second = await extract(api, token, documentId);
    const list = await json(await api.call("GET", `/v1/documents/${documentId}/extractions?limit=1`, { token }));
    expect((list.data as Array<{ id: string }>).map((item) => item.id)).toEqual([first.body.id]);
    expect(list.nextCursor).not.toBeNull();
    const events = await json(await api.call("GET", "/v1/events?type=document.extracted", { token }));
    expect((events.data as Array<{ resourceId: string }>).map((event) => event.resourceId)).toEqual([
      first.body.id,
      second.body.id,
    ]);
    const other = await api.token("dxt-someone-else");
    expect((await api.call("GET", `/v1/extractions/${first.body.id}`, { token: other })).status).toBe(404);
    expect((await extract(api, other, documentId)).status).toBe(404);
  });

  it("reads the same figures through the OpenAI-compatible provider; a failing one is 502", async () => {
    const viaProvider = createTestApp(testDatabase.database, {
      documentParser: openAiDocumentParser({ baseUrl: fake.baseUrl, model: "fake-model-1", apiKey: "sk-test" }),
    });
    const token = await viaProvider.token("dxt-openai");
    const documentId = await upload(viaProvider, token, "pay_stub", await payStubPdf(SAMPLE_PAY_STUB));
    const extracted = await extract(viaProvider, token, documentId);
    expect(extracted.status).toBe(201);
    expect(extracted.body).toMatchObject({ provider: "openai", model: "fake-model-1" });
    expect(valuesOf(extracted.body)).toMatchObject({ grossPay: [192_308, 1], monthlyIncome: [416_667, 1] });

    const broken = createTestApp(testDatabase.database, {
      documentParser: openAiDocumentParser({ baseUrl: failing.baseUrl, model: "fake-model-1" }),
    });
    // Its own tenant: each test app has its own in-memory PII master key and document storage.
    const brokenToken = await broken.token("dxt-openai-down");
    const stored = await upload(broken, brokenToken, "pay_stub", await payStubPdf(SAMPLE_PAY_STUB));
    const refused = await extract(broken, brokenToken, stored);
    expect(refused).toMatchObject({ status: 502, body: { code: "extraction_provider_unavailable" } });
  });
});
