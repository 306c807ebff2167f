import { problemSchema } from "./problem.js";

const DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: "Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …)",
  401: "Missing, invalid or expired bearer token",
  402: "The payment processor declined the card (`card_declined`, with its `declineCode`); nothing was posted",
  403: "The token lacks the scope this operation needs (`insufficient_scope`)",
  404: "No such resource in the caller's tenant",
  409: "The resource's state forbids this now, or an idempotent request is still in progress",
  413: "The request body is larger than the server accepts (`payload_too_large`)",
  415: "The request body is not application/json (`unsupported_media_type`)",
  422: "Invalid input: `validation_failed` lists every bad field; other codes name the broken rule",
  500: "Unexpected error; quote the request id",
  502: "An outside provider (the credit bureau) failed or answered outside its protocol; nothing changed, try again",
};

/** Problem statuses every authenticated operation can return. */
const COMMON_STATUSES = [400, 401, 403, 422, 500] as const;

/**
 * OpenAPI `responses` entries for problem documents: the common ones plus `extra` (404, 409, 413, 415 …).
 *
 * @example
 * responses: { 200: { … }, ...problemResponses(404, 409) }
 */
export function problemResponses(...extra: number[]) {
  const statuses = [...new Set<number>([...COMMON_STATUSES, ...extra])].sort((a, b) => a - b);
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: DESCRIPTIONS[status] ?? "Problem",
        content: { "application/problem+json": { schema: problemSchema } },
      },
    ]),
  );
}

/** Problem statuses a request with a JSON body can also return. @example problemResponses(...BODY_PROBLEMS) */
export const BODY_PROBLEMS = [413, 415] as const;
