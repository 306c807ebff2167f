import type { TextItem } from "@lendstack/core/origination";
import { z } from "zod";
import { type DocumentParser, DocumentParsingError, type ExtractableDocumentType } from "./parser.js";
import { readPdfText } from "./pdf-text.js";
import { fieldsFromAnswer, PROVIDER_FIELDS } from "./provider-fields.js";

/** Where an OpenAI-compatible chat-completions API is, which model to ask, and how to authenticate. */
export interface OpenAiDocumentParserOptions {
  /** The API's base URL, `/chat/completions` is appended: `https://api.openai.com/v1`, a local server's … */
  readonly baseUrl: string;
  readonly model: string;
  /** Sent as `Authorization: Bearer …` when given. */
  readonly apiKey?: string | undefined;
  /** An answer that takes longer is abandoned (default 30 s). */
  readonly timeoutMs?: number | undefined;
  /** The fetch to use (tests); the global one by default. */
  readonly fetch?: typeof fetch | undefined;
}

const completionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().max(200_000) }) })).min(1),
});

const answerSchema = z.object({
  fields: z
    .array(
      z.object({
        name: z.string().min(1).max(64),
        value: z.union([z.string().max(500), z.int()]),
        confidence: z.number().min(0).max(1),
        page: z.int().min(1).max(10_000).nullable(),
      }),
    )
    .max(64),
});

/** The instructions: the fields wanted, each value's form, and the JSON object to answer with. */
export function instructionsFor(documentType: ExtractableDocumentType): string {
  const fields = Object.entries(PROVIDER_FIELDS[documentType])
    .map(([name, kind]) => `${name} (${kind})`)
    .join(", ");
  return [
    `You read a ${documentType.replace("_", " ")} from its PDF text items, each [page, x, y, width, height, text] in PDF points (y grows upward).`,
    `Answer one JSON object {"fields": [{"name", "value", "confidence", "page"}]} with only these fields, when present: ${fields}.`,
    'Values: money as a decimal string exactly as printed ("4166.67", negative "-12.50"), dates "YYYY-MM-DD", counts integers,',
    'frequency one of "weekly", "biweekly", "semi-monthly", "monthly", text as printed. confidence 0 to 1; page the 1-based page the value is on.',
  ].join(" ");
}

/** The request's messages: the instructions, then the document's text items as JSON. */
export function messagesFor(documentType: ExtractableDocumentType, items: ReadonlyArray<TextItem>) {
  const rows = items.map((item) => [item.page, item.x, item.y, item.width, item.height, item.text]);
  return [
    { role: "system", content: instructionsFor(documentType) },
    { role: "user", content: JSON.stringify({ documentType, items: rows }) },
  ];
}

const unavailable = (detail: string) =>
  new DocumentParsingError("extraction_provider_unavailable", `The document parsing provider ${detail}.`);

async function complete(options: OpenAiDocumentParserOptions, body: unknown): Promise<unknown> {
  const send = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await send(`${options.baseUrl.replace(/\/+$/, "")}/chat/completions`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(options.apiKey === undefined ? {} : { authorization: `Bearer ${options.apiKey}` }),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  } catch (error) {
    throw unavailable(`could not be reached (${(error as Error).name})`);
  }
  const text = await response.text();
  if (!response.ok) throw unavailable(`answered ${response.status}`);
  try {
    return JSON.parse(text);
  } catch {
    throw unavailable("answered something that is not JSON");
  }
}

/**
 * A parser that asks an OpenAI-compatible chat-completions API (`POST {baseUrl}/chat/completions`, JSON
 * mode, temperature 0) to read the fields from the PDF's text items (read with pdf.js here, so a non-PDF
 * or a scan fails as the built-in parser does). The answer is checked with zod and read exactly (money as
 * decimal strings through core's `parseMoneyText`); pay stubs' `monthlyIncome` is core's derivation. A
 * network failure, a timeout, a non-2xx status or an answer outside the protocol throws
 * `DocumentParsingError("extraction_provider_unavailable")`.
 *
 * @example
 * const parser = openAiDocumentParser({ baseUrl: "https://api.openai.com/v1", model: "gpt-4o-mini", apiKey });
 */
export function openAiDocumentParser(options: OpenAiDocumentParserOptions): DocumentParser {
  return {
    name: "openai",
    model: options.model,
    async extract(input) {
      const text = await readPdfText(input.bytes, input.contentType);
      const completion = completionSchema.safeParse(
        await complete(options, {
          model: options.model,
          temperature: 0,
          response_format: { type: "json_object" },
          messages: messagesFor(input.documentType, text.items),
        }),
      );
      if (!completion.success) throw unavailable("answered outside the chat-completions protocol");
      let content: unknown;
      try {
        content = JSON.parse(completion.data.choices[0]?.message.content ?? "");
      } catch {
        throw unavailable("answered a message that is not a JSON object");
      }
      const answer = answerSchema.safeParse(content);
      const fields = answer.success ? fieldsFromAnswer(input.documentType, answer.data.fields, text.items) : undefined;
      if (fields === undefined) throw unavailable("answered fields outside the protocol");
      return { fields, pageCount: text.pageCount, textItemCount: text.items.length };
    },
  };
}
