import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinDocumentParser } from "./builtin.js";
import { type FakeOpenAi, startFakeOpenAi } from "./fake-openai.js";
import { openAiDocumentParser } from "./openai.js";
import { type DocumentParser, DocumentParsingError, type ExtractableDocumentType } from "./parser.js";
import {
  bankStatementPdf,
  payStubPdf,
  SAMPLE_BANK_STATEMENT,
  SAMPLE_PAY_STUB,
  scannedPdf,
} from "./sample-documents.js";

// The contract every document parser passes, on PDFs generated with hand-known figures: every figure to
// the cent with its page, the same answer for the same bytes, and the expected failures as
// DocumentParsingError codes (never another error). Run against the built-in parser and the
// OpenAI-compatible provider talking to a local fake server.

const pdf = (bytes: Uint8Array, documentType: ExtractableDocumentType, contentType = "application/pdf") => ({
  bytes,
  contentType,
  documentType,
});

const figures = (fields: ReadonlyArray<{ name: string; value: unknown; page: number | null }>) =>
  Object.fromEntries(fields.map((field) => [field.name, [field.value, field.page]]));

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DocumentParsingError) return error.code;
    throw error;
  }
  return "no failure";
}

/** Runs the contract against one parser. @example documentParserContract("builtin", () => builtinDocumentParser) */
export function documentParserContract(name: string, parser: () => DocumentParser) {
  describe(`${name} document parser contract`, () => {
    it("reads every pay stub figure to the cent, on page 1", async () => {
      const extraction = await parser().extract(pdf(await payStubPdf(SAMPLE_PAY_STUB), "pay_stub"));
      expect(extraction.pageCount).toBe(1);
      expect(figures(extraction.fields)).toEqual({
        employerName: ["Acme Widgets, Inc.", 1],
        employeeName: ["Ada Lovelace", 1],
        payPeriodStart: ["2026-03-02", 1],
        payPeriodEnd: ["2026-03-15", 1],
        payDate: ["2026-03-20", 1],
        grossPay: [192_308n, 1],
        netPay: [148_012n, 1],
        ytdGrossPay: [1_153_848n, 1],
        ytdNetPay: [888_072n, 1],
        // 03/02 to 03/15: 14 days, inferred (no place)
        payFrequency: ["biweekly", null],
        // 192,308 × 26 / 12 = 416,667.33 → 416,667, half-up
        monthlyIncome: [416_667n, 1],
      });
      for (const field of extraction.fields) {
        expect(field.confidence).toBeGreaterThan(0);
        expect(field.confidence).toBeLessThanOrEqual(1);
      }
      const gross = extraction.fields.find((field) => field.name === "grossPay");
      expect(gross?.bbox).toMatchObject({ x: 300, y: 600 });
    });

    it("reads every bank statement figure to the cent, the fees on page 2", async () => {
      const extraction = await parser().extract(pdf(await bankStatementPdf(SAMPLE_BANK_STATEMENT), "bank_statement"));
      expect(extraction.pageCount).toBe(2);
      expect(figures(extraction.fields)).toEqual({
        accountHolder: ["Ada Lovelace", 1],
        periodStart: ["2026-03-01", 1],
        periodEnd: ["2026-03-31", 1],
        openingBalance: [250_000n, 1],
        closingBalance: [120_411n, 1],
        totalDeposits: [833_334n, 1],
        nsfCount: [2, 2],
      });
    });

    it("answers the same for the same bytes", async () => {
      const bytes = await payStubPdf({ ...SAMPLE_PAY_STUB, grossMinor: 1_000_000_00n, netMinor: 70_000_000n });
      const first = await parser().extract(pdf(bytes, "pay_stub"));
      expect(await parser().extract(pdf(bytes, "pay_stub"))).toEqual(first);
      expect(first.fields.find((field) => field.name === "grossPay")?.value).toBe(1_000_000_00n);
    });

    it("refuses what is not a PDF and a PDF without text, with their codes", async () => {
      const gif = Buffer.from("GIF89a\x01\x00\x01\x00\x80\x00\x00", "latin1");
      expect(await failure(parser().extract(pdf(gif, "pay_stub", "image/gif")))).toBe("document_not_pdf");
      const broken = Buffer.from("%PDF-1.7\nnot really a pdf at all\n%%EOF\n");
      expect(await failure(parser().extract(pdf(broken, "pay_stub")))).toBe("document_not_pdf");
      expect(await failure(parser().extract(pdf(await scannedPdf(), "bank_statement")))).toBe("document_has_no_text");
    });
  });
}

documentParserContract("builtin", () => builtinDocumentParser);

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(() => fake.close());

documentParserContract("openai (fake server)", () =>
  openAiDocumentParser({ baseUrl: fake.baseUrl, model: "fake-model-1", apiKey: "sk-test" }),
);

describe("openai document parser", () => {
  it("sends the model, JSON mode and the text items, with the key as a bearer token", async () => {
    const before = fake.received.length;
    await openAiDocumentParser({ baseUrl: `${fake.baseUrl}/`, model: "fake-model-1", apiKey: "sk-test" }).extract(
      pdf(await payStubPdf(SAMPLE_PAY_STUB), "pay_stub"),
    );
    const sent = fake.received[before];
    if (sent === undefined) throw new Error("the fake received nothing");
    expect(sent.authorization).toBe("Bearer sk-test");
    expect(sent.body).toMatchObject({
      model: "fake-model-1",
      temperature: 0,
      response_format: { type: "json_object" },
    });
    const user = JSON.parse((sent.body as { messages: Array<{ content: string }> }).messages[1]?.content ?? "{}");
    expect(user.documentType).toBe("pay_stub");
    expect(user.items).toContainEqual([1, 300, 600, expect.any(Number), 10, "$1,923.08"]);
  });

  it.each([
    [{ status: 503 } as const, "a failure status"],
    ["garbage" as const, "a body outside the chat-completions protocol"],
    ["prose" as const, "a message that is not JSON"],
    ["float-money" as const, "money as a JSON float"],
  ] as const)("fails as extraction_provider_unavailable on %j (%s)", async (fault, _why) => {
    const failing = await startFakeOpenAi({ fault });
    try {
      const parser = openAiDocumentParser({ baseUrl: failing.baseUrl, model: "fake-model-1" });
      expect(await failure(parser.extract(pdf(await payStubPdf(SAMPLE_PAY_STUB), "pay_stub")))).toBe(
        "extraction_provider_unavailable",
      );
    } finally {
      await failing.close();
    }
  });

  it("fails as extraction_provider_unavailable when nothing answers", async () => {
    const parser = openAiDocumentParser({ baseUrl: "http://127.0.0.1:9/v1", model: "m", timeoutMs: 2_000 });
    expect(await failure(parser.extract(pdf(await payStubPdf(SAMPLE_PAY_STUB), "pay_stub")))).toBe(
      "extraction_provider_unavailable",
    );
  });
});
