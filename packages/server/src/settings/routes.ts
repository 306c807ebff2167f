import { createRoute, type z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { problemResponses } from "../http/responses.js";
import { advanceResultSchema, advanceSchema, settingsSchema, settingsUpdateSchema } from "./schemas.js";

const security = [{ bearerAuth: [] }];
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** `GET /v1/settings`. @example router.openapi(getSettingsRoute, handler); */
export const getSettingsRoute = createRoute({
  method: "get",
  path: "/v1/settings",
  operationId: "getSettings",
  summary: "Get the tenant's settings",
  description: "Time zone, cutoff, holidays, whether the tenant is a sandbox, and its business date now.",
  tags: ["Settings"],
  security,
  middleware: requireScope("settings:read"),
  responses: { 200: json(settingsSchema, "The settings"), ...problemResponses() },
});

/** `PATCH /v1/settings`. @example router.openapi(updateSettingsRoute, handler); */
export const updateSettingsRoute = createRoute({
  method: "patch",
  path: "/v1/settings",
  operationId: "updateSettings",
  summary: "Update the tenant's settings",
  description: "Changes the fields given. The business date follows at once.",
  tags: ["Settings"],
  security,
  middleware: requireScope("settings:write"),
  request: { body: { required: true, content: { "application/json": { schema: settingsUpdateSchema } } } },
  responses: { 200: json(settingsSchema, "The settings after the change"), ...problemResponses(413, 415) },
});

/** `POST /v1/test-clock/advances`. @example router.openapi(advanceTestClockRoute, handler); */
export const advanceTestClockRoute = createRoute({
  method: "post",
  path: "/v1/test-clock/advances",
  operationId: "advanceTestClock",
  summary: "Move a sandbox's clock forward",
  description:
    "Sandbox tenants only (403 `not_a_sandbox` otherwise). Runs the daily close for every date from the current business date up to the day before `to`, in order and deterministically — accrual, installments due, late fees, delinquency, events and webhooks — then makes `to` the tenant's business date.",
  tags: ["Settings"],
  security,
  middleware: requireScope("test-clock:write"),
  request: {
    headers: optionalIdempotencyKey,
    body: { required: true, content: { "application/json": { schema: advanceSchema } } },
  },
  responses: { 200: json(advanceResultSchema, "Where the clock is now"), ...problemResponses(403, 413, 415) },
});
