import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { declaredErrorCodes, statusForCode, titleForStatus } from "./error-status.js";

/** Where a bad value was: which part of the request and a JSON pointer into it. @example z.array(fieldErrorSchema) */
export const fieldErrorSchema = z
  .object({
    location: z.enum(["body", "query", "path", "header"]).openapi({ description: "Which part of the request" }),
    pointer: z.string().openapi({ description: "RFC 6901 JSON pointer to the bad value, e.g. /rateLimits/maxPercent" }),
    code: z.string().openapi({ description: "Stable snake_case reason, e.g. too_small, invalid_type" }),
    detail: z.string().openapi({ description: "Human-readable explanation" }),
  })
  .openapi("FieldError");

/** The error codes the status table declares, registered as the `ErrorCode` enum. @example errorCodeSchema.parse("not_found") */
export const errorCodeSchema = z
  .enum(declaredErrorCodes() as [string, ...string[]])
  .openapi("ErrorCode", { description: "An error code with a fixed HTTP status (the server's code → status table)" });

/** RFC 9457 problem details, with Lendstack's stable `code` and the request id. @example content: { "application/problem+json": { schema: problemSchema } } */
export const problemSchema = z
  .object({
    type: z.string().openapi({ description: "URI identifying the problem type: urn:lendstack:problem:<code>" }),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string().optional().openapi({ description: "The request path" }),
    code: z.union([errorCodeSchema, z.string().regex(/^[a-z][a-z0-9_]*$/)]).openapi({
      description:
        "Stable snake_case error code; switch on this, not on the text. `ErrorCode` lists the codes with a fixed status; a broken domain rule has its own code (422, or 404 when it ends in `_not_found`)",
    }),
    requestId: z.string().openapi({ description: "Echoes X-Request-Id; quote it when reporting a problem" }),
    errors: z.array(fieldErrorSchema).optional().openapi({ description: "One entry per bad field" }),
    existingId: z.string().optional().openapi({
      description: "On `duplicate_external_reference` (409): the id of the resource that already has the reference",
      example: "loan_01JGFJJZ0000000000000000AB",
    }),
  })
  .openapi("Problem", { description: "RFC 9457 problem details (application/problem+json)" });

/** A problem document. @example const problem = (await response.json()) as Problem; */
export type Problem = z.infer<typeof problemSchema>;
/** One bad field. @example const error: FieldError = { location: "query", pointer: "/limit", code: "too_big", detail: "…" }; */
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** What a problem says; the status comes from the code's entry in the status table unless given. @example problemResponse(c, { code: "not_found", detail: "…" }) */
export interface ProblemInput {
  readonly code: string;
  readonly detail: string;
  readonly status?: number;
  readonly errors?: ReadonlyArray<FieldError>;
  /** The id of the resource a 409 `duplicate_…` collided with. */
  readonly existingId?: string;
}

/**
 * Builds the problem document for the current request.
 *
 * @example
 * const body = buildProblem({ code: "not_found", detail: "No route GET /nope" }, "req_1", "/nope");
 */
export function buildProblem(input: ProblemInput, requestId: string, instance?: string): Problem {
  const status = input.status ?? statusForCode(input.code);
  return {
    type: `urn:lendstack:problem:${input.code}`,
    title: titleForStatus(status),
    status,
    detail: input.detail,
    ...(instance === undefined ? {} : { instance }),
    code: input.code,
    requestId,
    ...(input.errors === undefined ? {} : { errors: [...input.errors] }),
    ...(input.existingId === undefined ? {} : { existingId: input.existingId }),
  };
}

/**
 * Sends an `application/problem+json` response. The return type is `never` on purpose: zod-openapi
 * types a handler's return as the union of its documented JSON responses, and a problem (documented on
 * every operation through `problemResponses`) must be returnable from any of them.
 *
 * @example
 * return problemResponse(c, { code: "product_not_found", detail: "No product prd_… in this tenant" });
 */
export function problemResponse(c: Context, input: ProblemInput): never {
  const requestId = (c.get("requestId") as string | undefined) ?? "unknown";
  const body = buildProblem(input, requestId, c.req.path);
  const response = c.body(JSON.stringify(body), body.status as ContentfulStatusCode, {
    "content-type": "application/problem+json",
  });
  return response as never;
}

/**
 * The problem for an expected failure from core or a service (status from the code table).
 *
 * @example
 * if (!result.ok) return domainProblem(c, result.error);
 */
export function domainProblem(
  c: Context,
  error: { readonly code: string; readonly message: string; readonly details?: Readonly<Record<string, unknown>> },
): never {
  return problemResponse(c, { code: error.code, detail: error.message, ...existingIdOf(error.details) });
}

/**
 * The `existingId` extension an error's details carry (a duplicate's first holder), ready to spread.
 *
 * @example
 * problemResponse(c, { code, detail, ...existingIdOf(error.details) });
 */
export function existingIdOf(details: Readonly<Record<string, unknown>> | undefined): { existingId?: string } {
  const existingId = details?.existingId;
  return typeof existingId === "string" ? { existingId } : {};
}

/**
 * Converts a path (`["fees", "late", "amountMinor"]`) to an RFC 6901 JSON pointer (`/fees/late/amountMinor`).
 *
 * @example
 * toJsonPointer(["a/b", 0]); // "/a~1b/0"
 */
export function toJsonPointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part) => `/${String(part).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}
