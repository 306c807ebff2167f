import { ok } from "@lendstack/core/errors";
import { and, eq } from "drizzle-orm";
import { webhookEndpoints } from "../db/schema/index.js";
import { createRouter, type Router } from "../http/app-env.js";
import { instantRangeOf } from "../http/list-filters.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import {
  createEndpointRoute,
  deleteEndpointRoute,
  getEndpointRoute,
  listDeliveriesDefinition,
  listEndpointsDefinition,
  replayRoute,
  rotateSecretRoute,
  updateEndpointRoute,
} from "./routes.js";
import { newWebhookSecret } from "./signing.js";
import { deleteEndpoint, findEndpoint, listDeliveries, listEndpoints, queueReplay, rotatedSecrets } from "./store.js";
import { checkWebhookUrl, STRICT_WEBHOOK_URL_POLICY } from "./url-policy.js";
import { toEndpointBody } from "./view.js";

const notFound = (id: string) => ({ code: "not_found", message: `no webhook endpoint ${id}` });
const badUrl = (detail: string) => ({ code: "invalid_webhook_url", message: `url: ${detail}` });

function registerWrites(router: Router, deps: ResourceDeps) {
  const { db } = deps;
  const policy = deps.webhookUrlPolicy ?? STRICT_WEBHOOK_URL_POLICY;
  router.openapi(createEndpointRoute, async (c) => {
    const input = c.req.valid("json");
    const refusal = checkWebhookUrl(input.url, policy);
    if (refusal !== undefined) return domainProblem(c, badUrl(refusal));
    const now = deps.clock();
    const secret = newWebhookSecret();
    const [row] = await db
      .insert(webhookEndpoints)
      .values({
        tenantId: c.get("principal").tenantId,
        id: deps.ids.next("we"),
        url: input.url,
        description: input.description ?? null,
        eventTypes: input.eventTypes,
        enabled: input.enabled,
        secrets: [{ secret, createdAt: now.toISOString(), expiresAt: null }],
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return c.json({ ...toEndpointBody(row!), secret }, 201);
  });
  router.openapi(updateEndpointRoute, async (c) => {
    const { endpointId } = c.req.valid("param");
    const change = c.req.valid("json");
    if (change.url !== undefined) {
      const refusal = checkWebhookUrl(change.url, policy);
      if (refusal !== undefined) return domainProblem(c, badUrl(refusal));
    }
    const tenantId = c.get("principal").tenantId;
    const [row] = await db
      .update(webhookEndpoints)
      .set({
        ...change,
        ...(change.enabled === undefined ? {} : { disabledReason: null }),
        updatedAt: deps.clock(),
      })
      .where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.id, endpointId)))
      .returning();
    return row === undefined ? domainProblem(c, notFound(endpointId)) : c.json(toEndpointBody(row), 200);
  });
  router.openapi(deleteEndpointRoute, async (c) => {
    const { endpointId } = c.req.valid("param");
    const deleted = await deleteEndpoint(db, c.get("principal").tenantId, endpointId);
    if (!deleted) return domainProblem(c, notFound(endpointId));
    return c.json({ id: endpointId, object: "webhook_endpoint" as const, deleted: true as const }, 200);
  });
}

function registerSecretAndReplay(router: Router, deps: ResourceDeps) {
  const { db } = deps;
  router.openapi(rotateSecretRoute, async (c) => {
    const { endpointId } = c.req.valid("param");
    const endpoint = await findEndpoint(db, c.get("principal").tenantId, endpointId);
    if (endpoint === undefined) return domainProblem(c, notFound(endpointId));
    const now = deps.clock();
    const secret = newWebhookSecret();
    const secrets = rotatedSecrets(endpoint.secrets, secret, now);
    await db
      .update(webhookEndpoints)
      .set({ secrets, updatedAt: now })
      .where(and(eq(webhookEndpoints.tenantId, endpoint.tenantId), eq(webhookEndpoints.id, endpointId)));
    return c.json({ secret, previousSecretExpiresAt: secrets[1]?.expiresAt ?? now.toISOString() }, 201);
  });
  router.openapi(replayRoute, async (c) => {
    const { endpointId } = c.req.valid("param");
    const endpoint = await findEndpoint(db, c.get("principal").tenantId, endpointId);
    if (endpoint === undefined) return domainProblem(c, notFound(endpointId));
    const { eventId, createdFrom, createdBefore } = c.req.valid("json");
    const instant = (value: string | undefined) => (value === undefined ? undefined : new Date(value));
    const queued = await queueReplay(
      db,
      endpoint,
      { eventId, createdAt: { gte: instant(createdFrom), lt: instant(createdBefore) } },
      { now: deps.clock(), ids: deps.ids },
    );
    return c.json({ deliveriesQueued: queued }, 202);
  });
}

function registerReads(router: Router, deps: ResourceDeps) {
  const { db } = deps;
  listRoute(router, listEndpointsDefinition, idOrder("we"), async ({ tenantId, after, take }) =>
    ok((await listEndpoints(db, tenantId, { after, take })).map(toEndpointBody)),
  );
  router.openapi(getEndpointRoute, async (c) => {
    const { endpointId } = c.req.valid("param");
    const row = await findEndpoint(db, c.get("principal").tenantId, endpointId);
    return row === undefined ? domainProblem(c, notFound(endpointId)) : c.json(toEndpointBody(row), 200);
  });
  listRoute(router, listDeliveriesDefinition, idOrder("whd"), async ({ tenantId, params, filters, after, take }) => {
    const endpoint = await findEndpoint(db, tenantId, params.endpointId);
    if (endpoint === undefined) return { ok: false, error: notFound(params.endpointId) } as const;
    const createdAt = instantRangeOf(filters, "createdAt");
    return ok(
      await listDeliveries(db, tenantId, params.endpointId, { status: filters.status, createdAt, after, take }),
    );
  });
}

function webhookEndpointRoutes(deps: ResourceDeps) {
  const router = createRouter();
  registerWrites(router, deps);
  registerSecretAndReplay(router, deps);
  registerReads(router, deps);
  return router;
}

/**
 * Webhook endpoints: where events are delivered, signed per the Standard Webhooks specification.
 *
 * @example
 * export const resources = [eventsResource, webhookEndpointsResource];
 */
export const webhookEndpointsResource: ApiResource = {
  tag: {
    name: "Webhook endpoints",
    description: "Signed deliveries of events, retried with back-off for three days (Standard Webhooks)",
  },
  scopes: ["webhooks:read", "webhooks:write"],
  routes: webhookEndpointRoutes,
};
