import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { CreditBureau } from "./bureau.js";
import { encodeCreditReport } from "./report-codec.js";
import { sandboxCreditBureau } from "./sandbox.js";

/** A fake bureau's behaviour: how it answers (`answer`), or a fault it shows instead. */
export interface FakeBureauOptions {
  /** Who decides the files (the sandbox by default). */
  readonly files?: CreditBureau;
  /** `status`: answer every pull with this HTTP status; `garbage`: a 200 outside the protocol. */
  readonly fault?: { readonly status: number } | "garbage" | undefined;
}

/** A started fake bureau: its base URL, the pulls it received (bodies), and how to stop it. */
export interface FakeBureau {
  readonly baseUrl: string;
  readonly received: unknown[];
  close(): Promise<void>;
}

async function readJson(request: import("node:http").IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

/**
 * Starts a local HTTP server speaking the HTTP provider's protocol (`POST /v1/credit-pulls`) on a free
 * port of 127.0.0.1, answering from the sandbox's files: a stand-in for a real bureau in tests and local
 * development. Never for production.
 *
 * @example
 * const fake = await startFakeBureau();
 * const bureau = httpCreditBureau({ baseUrl: fake.baseUrl });
 * await fake.close();
 */
export async function startFakeBureau(options: FakeBureauOptions = {}): Promise<FakeBureau> {
  const files = options.files ?? sandboxCreditBureau;
  const received: unknown[] = [];
  const server: Server = createServer(async (request, response) => {
    const reply = (status: number, body: string) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(body);
    };
    if (request.method !== "POST" || request.url !== "/v1/credit-pulls") return reply(404, '{"error":"not_found"}');
    // biome-ignore lint/suspicious/noExplicitAny: the protocol's body, checked by the server under test
    const body = (await readJson(request)) as any;
    received.push(body);
    if (options.fault === "garbage") return reply(200, '{"status":"maybe"}');
    if (options.fault !== undefined) return reply(options.fault.status, '{"error":"unavailable"}');
    const answer = await files.pull({
      kind: body.kind,
      permissiblePurpose: body.permissiblePurpose,
      inquirer: body.inquirer,
      requestedOn: body.requestedOn,
      subject: { ...body.consumer, taxIdDigits: body.consumer.ssn },
    });
    const out =
      answer.outcome === "frozen"
        ? { status: "frozen", reference: answer.providerReference }
        : { status: "completed", reference: answer.providerReference, report: encodeCreditReport(answer.report) };
    return reply(200, JSON.stringify(out));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
