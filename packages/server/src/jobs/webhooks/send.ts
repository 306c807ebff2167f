import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isPublicAddress, type WebhookUrlPolicy } from "../../webhook-endpoints/url-policy.js";

/** What came back from one POST: a status, or why there was none. */
export interface SendOutcome {
  readonly statusCode: number | null;
  readonly latencyMs: number;
  /** The first 1 KiB of the answer, or the reason it failed. */
  readonly response: string;
}

const RESPONSE_EXCERPT_BYTES = 1024;

/** DNS lookup that refuses every non-public address it resolves to, so a host name cannot reach inside. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error !== null) return callback(error, "", 0);
    const refused = addresses.find((entry) => !isPublicAddress(entry.address));
    if (refused !== undefined) {
      return callback(new Error(`${hostname} resolves to a non-public address (${refused.address})`), "", 0);
    }
    if (options.all === true) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    const first = addresses[0]!;
    callback(null, first.address, first.family);
  });
};

/**
 * POSTs `body` to `url` with `headers`; never follows redirects; gives up after `timeoutMs`. A host name
 * resolving to a private address is refused unless the policy allows private addresses.
 *
 * @example
 * const outcome = await postWebhook("https://example.com/hooks", body, headers, { timeoutMs: 10_000, policy });
 */
export function postWebhook(
  url: string,
  body: string,
  headers: Readonly<Record<string, string>>,
  options: { readonly timeoutMs: number; readonly policy: WebhookUrlPolicy },
): Promise<SendOutcome> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  const target = new URL(url);
  const literal = target.hostname.replace(/^\[|\]$/g, "");
  if (!options.policy.allowPrivateAddresses && isIP(literal) !== 0 && !isPublicAddress(literal)) {
    return Promise.resolve({ statusCode: null, latencyMs: 0, response: `refused: ${literal} is not a public address` });
  }
  return new Promise((resolve) => {
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const request = send(
      target,
      {
        method: "POST",
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
        ...(options.policy.allowPrivateAddresses ? {} : { lookup: publicOnlyLookup }),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          if (size < RESPONSE_EXCERPT_BYTES) chunks.push(chunk);
          size += chunk.length;
        });
        response.on("end", () =>
          resolve({
            statusCode: response.statusCode ?? null,
            latencyMs: latency(),
            response: Buffer.concat(chunks).subarray(0, RESPONSE_EXCERPT_BYTES).toString("utf8"),
          }),
        );
        response.on("error", (error) =>
          resolve({ statusCode: response.statusCode ?? null, latencyMs: latency(), response: error.message }),
        );
      },
    );
    // The whole exchange, not just an idle socket, must finish in time.
    const deadline = setTimeout(
      () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)),
      options.timeoutMs,
    );
    request.on("close", () => clearTimeout(deadline));
    request.on("error", (error) => resolve({ statusCode: null, latencyMs: latency(), response: error.message }));
    request.end(body);
  });
}
