import { z } from "@hono/zod-openapi";
import type { CreditBureau, CreditPullRequest } from "./bureau.js";
import { decodeCreditReport } from "./report-codec.js";

/**
 * The bureau failed, timed out or answered something that is not the protocol: nothing was pulled that
 * the server can use (the route answers 502 `credit_bureau_unavailable`). The message never holds PII.
 */
export class CreditBureauError extends Error {
  override readonly name = "CreditBureauError";
}

/** Where the HTTP provider is and how it authenticates. */
export interface HttpCreditBureauOptions {
  /** e.g. `https://bureau.example.com` (the protocol's paths are under it). */
  readonly baseUrl: string;
  /** Sent as `Authorization: Bearer …` when given. */
  readonly apiKey?: string | undefined;
  /** A pull that takes longer is abandoned (default 10 s). */
  readonly timeoutMs?: number | undefined;
  /** The fetch to use (tests); the global one by default. */
  readonly fetch?: typeof fetch | undefined;
}

const answerSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("completed"), reference: z.string().min(1).max(200), report: z.unknown() }),
  z.object({ status: z.literal("frozen"), reference: z.string().min(1).max(200) }),
]);

/** The protocol's request body: the pull and the consumer (the full tax id goes to the bureau, and only there). */
function requestBody(request: CreditPullRequest) {
  const { name, dateOfBirth, address, taxIdDigits } = request.subject;
  return {
    kind: request.kind,
    permissiblePurpose: request.permissiblePurpose,
    inquirer: request.inquirer,
    requestedOn: request.requestedOn,
    consumer: { name, dateOfBirth, address, ssn: taxIdDigits },
  };
}

async function post(options: HttpCreditBureauOptions, body: unknown): Promise<string> {
  const send = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await send(new URL("/v1/credit-pulls", options.baseUrl), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(options.apiKey === undefined ? {} : { authorization: `Bearer ${options.apiKey}` }),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch (error) {
    throw new CreditBureauError(`the credit bureau could not be reached (${(error as Error).name})`);
  }
  const text = await response.text();
  if (!response.ok) throw new CreditBureauError(`the credit bureau answered ${response.status}`);
  return text;
}

/**
 * A credit bureau reached over a small HTTP JSON protocol: `POST {baseUrl}/v1/credit-pulls` with `{ kind,
 * permissiblePurpose, inquirer, requestedOn, consumer: { name, dateOfBirth, address, ssn } }`, answered 200
 * with `{ status: "completed", reference, report }` (the report in its JSON form: amounts as strings of
 * minor units, see `report-codec.ts`) or `{ status: "frozen", reference }`. A network failure, a timeout, a
 * non-2xx status or a body outside the protocol throws `CreditBureauError`.
 *
 * @example
 * const bureau = httpCreditBureau({ baseUrl: "https://bureau.example.com", apiKey: process.env.CREDIT_BUREAU_API_KEY });
 */
export function httpCreditBureau(options: HttpCreditBureauOptions): CreditBureau {
  return {
    name: "http",
    async pull(request) {
      const raw = await post(options, requestBody(request));
      let parsed: z.infer<typeof answerSchema>;
      try {
        parsed = answerSchema.parse(JSON.parse(raw));
      } catch {
        throw new CreditBureauError("the credit bureau's answer is not the protocol's");
      }
      if (parsed.status === "frozen") return { outcome: "frozen", providerReference: parsed.reference, raw };
      const report = decodeCreditReport(parsed.report);
      if (report === undefined) throw new CreditBureauError("the credit bureau's report is not the protocol's");
      return { outcome: "completed", providerReference: parsed.reference, report, raw };
    },
  };
}
