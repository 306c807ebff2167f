import { createRoute, type RouteConfig, type z } from "@hono/zod-openapi";
import type { Result } from "@lendstack/core/errors";
import type { Context, MiddlewareHandler } from "hono";
import { isIdWithPrefix } from "../ids.js";
import type { AppEnv, Router } from "./app-env.js";
import type { IdPrefix } from "./id-schema.js";
import { decodeCursor, pageQuerySchema, pageSchema, toPage } from "./pagination.js";
import { domainProblem } from "./problem.js";
import { problemResponses } from "./responses.js";

/** How a list is ordered: which sort keys a cursor may carry and the key of an item. @example idOrder("loan") */
export interface PageOrder<Item> {
  readonly isKey: (key: string) => boolean;
  readonly keyOf: (item: Item) => string;
}

/**
 * Oldest first by id (ids sort by creation time).
 *
 * @example
 * listRoute(router, definition, idOrder("loan"), fetchPage);
 */
export function idOrder(prefix: IdPrefix): PageOrder<{ readonly id: string }> {
  return { isKey: (key) => isIdWithPrefix(key, prefix), keyOf: (item) => item.id };
}

/** Version 1 first. @example listRoute(router, definition, versionOrder, fetchPage); */
export const versionOrder: PageOrder<{ readonly version: number }> = {
  isKey: (key) => /^[1-9]\d{0,8}$/.test(key),
  keyOf: (item) => String(item.version),
};

/** A list endpoint: its path, documentation, scope, path parameters, declared filters and item schema. */
export interface ListDefinition<Item extends z.ZodType, Filters extends z.ZodRawShape, Params extends z.ZodRawShape> {
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  /** What the list holds; the order, paging and unknown-parameter rule are appended. */
  readonly description: string;
  readonly tag: string;
  readonly middleware: MiddlewareHandler;
  readonly params?: z.ZodObject<Params>;
  readonly filters: Filters;
  readonly item: Item;
  /** The page's registered schema name, e.g. `LoanPage`. */
  readonly pageName: string;
  /** How the list is sorted, when not oldest first (e.g. "Follow-ups first, then by loan id"). */
  readonly order?: string;
}

/** What a page fetch gets: the tenant, path parameters, filters as validated, the key to start after and how many rows to fetch. */
export interface PageRequest<Filters extends z.ZodRawShape, Params extends z.ZodRawShape> {
  readonly tenantId: string;
  readonly params: z.infer<z.ZodObject<Params>>;
  readonly filters: z.infer<z.ZodObject<Filters>>;
  /** The sort key of the previous page's last item, when a cursor was given. */
  readonly after: string | undefined;
  /** `limit + 1`: one more than the page, to learn whether another page follows. */
  readonly take: number;
}

/**
 * The route a list definition declares: `GET path` with `limit`, `cursor` and the declared filters
 * as query parameters, and the `{ data, nextCursor }` page as its response.
 *
 * @example
 * const route = listRouteConfig(listLoansDefinition);
 */
export function listRouteConfig<Item extends z.ZodType, Filters extends z.ZodRawShape, Params extends z.ZodRawShape>(
  definition: ListDefinition<Item, Filters, Params>,
): RouteConfig {
  const query = pageQuerySchema.extend(definition.filters);
  return createRoute({
    method: "get",
    path: definition.path,
    operationId: definition.operationId,
    summary: definition.summary,
    description: `${definition.description} ${definition.order ?? "Oldest first"}, cursor-paginated; filters combine with AND; an unknown query parameter is 400 \`unknown_query_parameter\`.`,
    tags: [definition.tag],
    security: [{ bearerAuth: [] }],
    middleware: definition.middleware,
    request: definition.params === undefined ? { query } : { query, params: definition.params },
    responses: {
      200: {
        description: `A page of ${definition.summary.replace(/^List /, "")}`,
        content: { "application/json": { schema: pageSchema(definition.item, definition.pageName) } },
      },
      ...problemResponses(...(definition.params === undefined ? [] : [404])),
    },
  });
}

/**
 * Registers a list endpoint: validates the query (unknown parameters are refused by the router),
 * decodes the cursor against the list's order, asks `fetchPage` for `limit + 1` rows after it and
 * answers one page with the next cursor. `fetchPage` runs tenant-scoped SQL with the filters.
 *
 * @example
 * listRoute(router, listLoansDefinition, idOrder("loan"), async ({ tenantId, filters, after, take }) =>
 *   ok(await listLoans(db, tenantId, { ...filters, after, take })));
 */
export function listRoute<Item extends z.ZodType, Filters extends z.ZodRawShape, Params extends z.ZodRawShape>(
  router: Router,
  definition: ListDefinition<Item, Filters, Params>,
  order: PageOrder<z.infer<Item>>,
  fetchPage: (
    request: PageRequest<Filters, Params>,
    c: Context<AppEnv>,
  ) => Promise<Result<ReadonlyArray<z.infer<Item>>>>,
): void {
  const handler = async (c: Context<AppEnv>) => {
    const { limit, cursor, ...filters } = (c.req.valid as (target: string) => unknown)("query") as {
      limit: number;
      cursor?: string;
    } & z.infer<z.ZodObject<Filters>>;
    const position = cursor === undefined ? undefined : decodeCursor(cursor, order.isKey);
    if (position !== undefined && !position.ok) return domainProblem(c, position.error);
    const params = definition.params === undefined ? {} : (c.req.valid as (target: string) => unknown)("param");
    const rows = await fetchPage(
      {
        tenantId: c.get("principal").tenantId,
        params: params as z.infer<z.ZodObject<Params>>,
        filters: filters as z.infer<z.ZodObject<Filters>>,
        after: position?.value.afterId,
        take: limit + 1,
      },
      c,
    );
    if (!rows.ok) return domainProblem(c, rows.error);
    return c.json(toPage(rows.value, limit, order.keyOf), 200);
  };
  router.openapi(listRouteConfig(definition), handler as never);
}
