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
      description:
        "On `duplicate_external_reference` and `duplicate_party` (409): the id of the resource that already has the reference or tax id",
      example: "loan_01JGFJJZ0000000000000000AB",
    }),
  })
  .openapi("Problem", { description: "RFC 9457 problem details (application/problem+json)" });

/** A problem document. @example const problem = (await response.json()) as Problem; */
export type Problem = z.infer<typeof problemSchema>;
/** One bad field. @example const error: FieldError = { location: "query", pointer: "/limit", code: "too_big", detail: "…" }; */
export type FieldError = z.infer<typeof fieldErrorSchema>;

/**
 * Members a problem carries beyond RFC 9457's, rendered after them: `errors` (one entry per bad field),
 * `existingId` (the resource a 409 `duplicate_…` collided with), then any other member in the order given
 * (a resource's own, e.g. `ruleSetError`).
 */
export interface ProblemExtensions {
  readonly errors?: ReadonlyArray<FieldError> | undefined;
  readonly existingId?: string | undefined;
  readonly [member: string]: unknown;
}

/**
 * What a problem says. The status comes from the code's entry in the status table unless given, the
 * title from the status unless given.
 *
 * @example
 * const problem: DomainProblem = { code: "not_found", detail: "No route GET /nope" };
 */
export interface DomainProblem {
  readonly code: string;
  readonly detail: string;
  readonly status?: number | undefined;
  readonly title?: string | undefined;
  readonly extensions?: ProblemExtensions | undefined;
}

/** A rendered problem document: `Problem` plus whatever extension members the problem carried. */
export type RenderedProblem = Problem & { readonly [member: string]: unknown };

/**
 * The one renderer: every problem document the server sends (from a handler, a middleware, the error
 * handler, or Node's HTTP parser) is built here, so members, their order and the `type` URI never drift.
 *
 * @example
 * const body = renderProblem({ code: "not_found", detail: "No route GET /nope" }, "req_1", "/nope");
 */
export function renderProblem(problem: DomainProblem, requestId: string, instance?: string): RenderedProblem {
  const status = problem.status ?? statusForCode(problem.code);
  const { errors, existingId, ...others } = problem.extensions ?? {};
  return {
    type: `urn:lendstack:problem:${problem.code}`,
    title: problem.title ?? titleForStatus(status),
    status,
    detail: problem.detail,
    ...(instance === undefined ? {} : { instance }),
    code: problem.code,
    requestId,
    ...(errors === undefined ? {} : { errors: [...errors] }),
    ...(existingId === undefined ? {} : { existingId }),
    ...others,
  };
}

/**
 * Sends a problem as the `application/problem+json` response to the current request. The return type is
 * `never` on purpose: zod-openapi types a handler's return as the union of its documented JSON responses,
 * and a problem (documented on every operation through `problemResponses`) must be returnable from any.
 *
 * @example
 * return problemResponse(c, { code: "product_not_found", detail: "No product prd_… in this tenant" });
 */
export function problemResponse(c: Context, problem: DomainProblem): never {
  const requestId = (c.get("requestId") as string | undefined) ?? "unknown";
  const body = renderProblem(problem, requestId, c.req.path);
  const response = c.body(JSON.stringify(body), body.status as ContentfulStatusCode, {
    "content-type": "application/problem+json",
  });
  return response as never;
}

/** An expected failure as core and the services report it (`DomainError`). */
type ErrorValue = {
  readonly code: string;
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey> | undefined;
  readonly details?: Readonly<Record<string, unknown>> | undefined;
};

/**
 * A domain error as a problem: its code (status from the table) and message; for a 422, one field error
 * per issue that has a path (`details.issues`, else the error itself), pointing into `location`; and the
 * `existingId` its details carry.
 *
 * @example
 * problemOf({ code: "invalid_rate", message: "…", path: ["ratePercent"] }).extensions?.errors?.[0]?.pointer; // "/ratePercent"
 */
export function problemOf(error: ErrorValue, location: FieldError["location"] = "body"): DomainProblem {
  const existingId = error.details?.existingId;
  const errors = statusForCode(error.code) === 422 ? fieldErrorsOf(error, location) : [];
  return {
    code: error.code,
    detail: error.message,
    extensions: {
      ...(errors.length === 0 ? {} : { errors }),
      ...(typeof existingId === "string" ? { existingId } : {}),
    },
  };
}

function fieldErrorsOf(error: ErrorValue, location: FieldError["location"]): FieldError[] {
  const issues = Array.isArray(error.details?.issues) ? (error.details.issues as ErrorValue[]) : [error];
  return issues
    .filter((issue) => issue.path !== undefined && issue.path.length > 0)
    .map((issue) => ({ location, pointer: toJsonPointer(issue.path ?? []), code: issue.code, detail: issue.message }));
}

/**
 * Sends the problem for an expected failure from core or a service (see `problemOf`).
 *
 * @example
 * if (!result.ok) return domainProblem(c, result.error);
 */
export function domainProblem(c: Context, error: ErrorValue, location: FieldError["location"] = "body"): never {
  return problemResponse(c, problemOf(error, location));
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
