import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { minorToDecimalString } from "@lendstack/core/money";
import { type ParsedField, parseBankStatement, parsePayStub, type TextItem } from "@lendstack/core/origination";

/** A fake's faults: answer every request with a status, a body outside the protocol, or a non-JSON message. */
export type FakeOpenAiFault = { readonly status: number } | "garbage" | "prose" | "float-money";

/** A started fake: its base URL (with `/v1`), the requests it received (bodies and authorization), and stop. */
export interface FakeOpenAi {
  readonly baseUrl: string;
  readonly received: Array<{ readonly body: unknown; readonly authorization: string | undefined }>;
  close(): Promise<void>;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

/** What a model would answer: core's reading of the items, values printed as the protocol asks. */
function answerFor(documentType: string, rows: ReadonlyArray<ReadonlyArray<number | string>>, fault?: FakeOpenAiFault) {
  const items: TextItem[] = rows.map(([page, x, y, width, height, text]) => ({
    page: Number(page),
    x: Number(x),
    y: Number(y),
    width: Number(width),
    height: Number(height),
    text: String(text),
  }));
  const read = documentType === "pay_stub" ? parsePayStub(items) : parseBankStatement(items);
  const printed = (field: ParsedField) => {
    if (field.kind !== "money") return field.value;
    return fault === "float-money" ? Number(field.value) / 100 : minorToDecimalString(field.value, "USD");
  };
  return {
    fields: read
      .filter((field) => field.name !== "monthlyIncome" && field.bbox !== null)
      .map((field) => ({ name: field.name, value: printed(field), confidence: field.confidence, page: field.page })),
  };
}

/**
 * Starts a local OpenAI-compatible chat-completions server on a free port of 127.0.0.1 that answers in JSON
 * mode with what core's parser reads from the text items in the user message: a stand-in for a model in
 * tests. Never for production.
 *
 * @example
 * const fake = await startFakeOpenAi();
 * const parser = openAiDocumentParser({ baseUrl: fake.baseUrl, model: "fake-1" });
 */
export async function startFakeOpenAi(options: { readonly fault?: FakeOpenAiFault } = {}): Promise<FakeOpenAi> {
  const received: FakeOpenAi["received"] = [];
  const server: Server = createServer(async (request, response) => {
    const reply = (status: number, body: string) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(body);
    };
    if (request.method !== "POST" || request.url !== "/v1/chat/completions") return reply(404, '{"error":"not_found"}');
    // biome-ignore lint/suspicious/noExplicitAny: the request of the server under test
    const body = (await readJson(request)) as any;
    received.push({ body, authorization: request.headers.authorization });
    const fault = options.fault;
    if (typeof fault === "object") return reply(fault.status, '{"error":{"message":"unavailable"}}');
    if (fault === "garbage") return reply(200, '{"id":"x","choices":"none"}');
    const user = JSON.parse(body.messages[1].content);
    const content =
      fault === "prose"
        ? "Here are the fields you asked for."
        : JSON.stringify(answerFor(user.documentType, user.items, fault));
    return reply(
      200,
      JSON.stringify({
        id: "chatcmpl-fake",
        object: "chat.completion",
        choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    received,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
