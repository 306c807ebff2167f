/** Types that read an operation of the generated `paths` (openapi-typescript's shape). */

type JsonContent<T> = T extends { content: { "application/json": infer Body } } ? Body : never;

/** The JSON request body of an operation. @example type Payment = RequestBody<paths["/v1/loans/{loanId}/payments"]["post"]>; */
export type RequestBody<Operation> = Operation extends { requestBody?: infer Body }
  ? JsonContent<NonNullable<Body>>
  : never;

/** The query parameters of an operation. @example type LoanFilters = Query<paths["/v1/loans"]["get"]>; */
export type Query<Operation> = Operation extends { parameters: { query?: infer Parameters } }
  ? NonNullable<Parameters>
  : never;

/** One path parameter of an operation. @example type LoanId = PathParameter<paths["/v1/loans/{loanId}"]["get"], "loanId">; */
export type PathParameter<Operation, Name extends string> = Operation extends { parameters: { path: infer Path } }
  ? Path[Name & keyof Path]
  : never;

type SuccessStatus = 200 | 201 | 202 | 203;

/** The JSON body of an operation's success response. @example type Loan = SuccessBody<paths["/v1/loans/{loanId}"]["get"]>; */
export type SuccessBody<Operation> = Operation extends { responses: infer Responses }
  ? JsonContent<Responses[Extract<keyof Responses, SuccessStatus>]>
  : never;

/** What the client knows about the HTTP exchange behind a result (as stripe-node's `lastResponse`). */
export interface ResponseMetadata {
  /** The `X-Request-Id` the server gave this request; quote it when reporting a problem. */
  readonly requestId: string | undefined;
  /** The HTTP status of the final attempt. */
  readonly statusCode: number;
  readonly headers: Headers;
  /** The `Idempotency-Key` sent (a POST always sends one). */
  readonly idempotencyKey: string | undefined;
}

/**
 * A result with its response metadata on a non-enumerable `lastResponse` property, so it is left out of
 * `JSON.stringify`, spreads and equality checks.
 *
 * @example
 * const loan = await client.loans.retrieve(loanId);
 * console.log(loan.lastResponse.requestId);
 */
export type WithResponse<T> = T & { readonly lastResponse: ResponseMetadata };

/** Per-request options, the last argument of every resource method. */
export interface RequestOptions {
  /** `Idempotency-Key` for a POST; one is generated when absent and reused across retries. */
  readonly idempotencyKey?: string;
  /** Retries after a network error, timeout, 409 in-progress, 429 or 5xx; the client's default (2) when absent. */
  readonly maxRetries?: number;
  /** Milliseconds one attempt may take; the client's default (30 000) when absent. */
  readonly timeout?: number;
  /** Cancels the request, retries and waits included. */
  readonly signal?: AbortSignal;
  /** Extra request headers, e.g. `{ "If-Match": "7" }`. */
  readonly headers?: Readonly<Record<string, string>>;
}
