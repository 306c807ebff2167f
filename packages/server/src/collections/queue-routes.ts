import { createRoute } from "@hono/zod-openapi";
import { ok } from "@lendstack/core/errors";
import { requireScope } from "../auth/middleware.js";
import type { Router } from "../http/app-env.js";
import { listRoute, type PageOrder } from "../http/list-route.js";
import type { ResourceDeps } from "../http/resource.js";
import { problemResponses } from "../http/responses.js";
import { isIdWithPrefix } from "../ids.js";
import { COLLECTION_QUEUES, queueDescriptions } from "./queue-rules.js";
import { queueAccountSchema, queueListSchema, queuePathSchema } from "./queue-schemas.js";
import { listQueueAccounts, queueCounts, queueKey, toAccountBodies } from "./queue-store.js";

const read = requireScope("collections:read");
const PLACEMENT =
  "Placed by the daily close from each loan's state as of its business date (days past due from the loan's replay), by the tenant's `collectionQueues` thresholds in `/v1/settings` (default `early_stage` 1-29, `late_stage` 30-89, `pre_charge_off` 90 and over), `recovery` charged off. A loan that cures leaves its queue (`collections.queue_exited`); one entering a queue records `collections.queue_entered` and gets a collector's task (queue `collections`, role `collector`).";

/** `GET /v1/collections/queues`. @example router.openapi(listQueuesRoute, handler); */
export const listQueuesRoute = createRoute({
  method: "get",
  path: "/v1/collections/queues",
  operationId: "listCollectionsQueues",
  summary: "List collections queues",
  description: `The four queues with how many loans each holds. ${PLACEMENT}`,
  tags: ["Collections"],
  security: [{ bearerAuth: [] }],
  middleware: read,
  responses: {
    200: { description: "The queues", content: { "application/json": { schema: queueListSchema } } },
    ...problemResponses(),
  },
});

/** `GET /v1/collections/queues/{queue}/accounts`. @example listRoute(router, listQueueAccountsDefinition, workOrder, fetchPage); */
export const listQueueAccountsDefinition = {
  path: "/v1/collections/queues/{queue}/accounts",
  operationId: "listCollectionsQueueAccounts",
  summary: "List a queue's accounts",
  description: `The loans in the queue as of the last close in work order: accounts whose promise to pay was broken (\`priority: follow_up\`, until a new promise is recorded), then the rest; each with its collector's task and broken promises. ${PLACEMENT}`,
  order: "Follow-ups first, then by loan id",
  tag: "Collections",
  middleware: read,
  params: queuePathSchema,
  filters: {},
  item: queueAccountSchema,
  pageName: "CollectionsAccountPage",
};

const workOrder: PageOrder<{ readonly priority: string; readonly loanId: string }> = {
  isKey: (key) => {
    const [priority, loanId, ...rest] = key.split(":");
    return (
      (priority === "follow_up" || priority === "normal") && isIdWithPrefix(loanId ?? "", "loan") && rest.length === 0
    );
  },
  keyOf: queueKey,
};

/**
 * Registers the queue reads on the collections router.
 *
 * @example
 * registerQueueRoutes(router, deps);
 */
export function registerQueueRoutes(router: Router, deps: ResourceDeps): void {
  router.openapi(listQueuesRoute, async (c) => {
    const counts = await queueCounts(deps.db, c.get("principal").tenantId);
    const descriptions = queueDescriptions(c.get("tenant").settings.collectionQueues);
    const queues = COLLECTION_QUEUES.map((queue) => ({
      object: "collections_queue" as const,
      queue,
      description: descriptions[queue],
      accountCount: counts.get(queue) ?? 0,
    }));
    return c.json({ object: "collections_queues" as const, queues }, 200);
  });
  listRoute(router, listQueueAccountsDefinition, workOrder, async (request) => {
    const rows = await listQueueAccounts(deps.db, request.tenantId, request.params.queue, {
      after: request.after,
      take: request.take,
    });
    return ok(await toAccountBodies(deps.db, request.tenantId, rows));
  });
}
