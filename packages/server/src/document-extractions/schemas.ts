import { z } from "@hono/zod-openapi";
import { idSchema } from "../http/id-schema.js";

/** A field's box on its page, PDF points (registered as `ExtractionBox`). */
export const extractionBoxSchema = z
  .object({
    x: z.number().openapi({ description: "Left edge, points from the page's left" }),
    y: z.number().openapi({ description: "Bottom (the text's baseline), points from the page's bottom" }),
    width: z.number(),
    height: z.number(),
  })
  .openapi("ExtractionBox", { description: "Where on its page a field was read: PDF points, origin bottom left" });

/** One extracted field (registered as `ExtractedField`). */
export const extractedFieldSchema = z
  .object({
    name: z.string().openapi({
      description:
        "Pay stubs: employerName, employeeName, payPeriodStart, payPeriodEnd, payDate, grossPay, netPay, ytdGrossPay, ytdNetPay, payFrequency, monthlyIncome (derived: gross × periods a year / 12, half-up). Bank statements: accountHolder, periodStart, periodEnd, openingBalance, closingBalance, totalDeposits, nsfCount.",
      example: "grossPay",
    }),
    kind: z.enum(["money", "date", "text", "count", "frequency"]).openapi({
      description:
        "How to read `value`: money an integer of minor units of `currency`; date `YYYY-MM-DD`; count an integer; frequency weekly, biweekly, semi-monthly or monthly; text as printed",
    }),
    value: z.union([z.string(), z.int()]).openapi({ example: 192308 }),
    confidence: z.number().min(0).max(1).openapi({ description: "0 to 1: how sure the reading is", example: 0.95 }),
    page: z.int().nullable().openapi({ description: "1-based page it was read on; null when derived or inferred" }),
    bbox: extractionBoxSchema.nullable(),
  })
  .openapi("ExtractedField");

/** `GET /v1/extractions/{extractionId}` and the rest (registered as `DocumentExtraction`). */
export const documentExtractionSchema = z
  .object({
    object: z.literal("document_extraction"),
    id: idSchema("dxt"),
    documentId: idSchema("doc"),
    documentType: z.enum(["pay_stub", "bank_statement"]),
    ownerType: z.enum(["party", "application", "loan"]),
    ownerId: z.string(),
    provider: z.string().openapi({ description: "`builtin` (offline, pdf.js) or `openai` (an OpenAI-compatible API)" }),
    model: z.string(),
    currency: z.literal("USD").openapi({ description: "The currency of every money field" }),
    pageCount: z.int(),
    fields: z.array(extractedFieldSchema),
    extractedBy: z.string(),
    createdAt: z.string().openapi({ description: "UTC instant" }),
  })
  .openapi("DocumentExtraction");

/** @example const body: DocumentExtractionBody = toExtractionBody(row); */
export type DocumentExtractionBody = z.infer<typeof documentExtractionSchema>;

export const documentExtractionsPathSchema = z.object({ documentId: idSchema("doc", { param: "documentId" }) });
export const extractionPathSchema = z.object({ extractionId: idSchema("dxt", { param: "extractionId" }) });
