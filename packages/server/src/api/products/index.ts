import { validateProductDefinition } from "@lendstack/core/products";
import type { Context } from "hono";
import type { ZodError } from "zod";
import { createRouter, fieldErrorsFromZod, locationOf, validationProblem } from "../../http/app-env.js";
import { decodeCursor, toPage } from "../../http/pagination.js";
import { problemResponse, toJsonPointer } from "../../http/problem.js";
import { isIdWithPrefix } from "../../ids.js";
import {
  archiveProduct,
  createProduct,
  getProduct,
  getProductVersion,
  listProducts,
  listProductVersions,
  updateProduct,
} from "../../services/products.js";
import { changeContext } from "../context.js";
import type { ApiResource, ResourceDeps } from "../resource.js";
import {
  archiveProductRoute,
  createProductRoute,
  getProductRoute,
  getProductVersionRoute,
  listProductsRoute,
  listProductVersionsRoute,
  updateProductRoute,
} from "./routes.js";

/**
 * Runs core's full product validation on the raw JSON body: every structural and cross-field issue, as
 * one 422 `validation_failed` problem with a JSON pointer per issue.
 */
async function validateBody(c: Context) {
  const result = validateProductDefinition(await c.req.json());
  if (result.ok) return result;
  const errors = result.error.issues.map((issue) => ({
    location: "body" as const,
    pointer: toJsonPointer(issue.path),
    code: issue.code,
    detail: issue.message,
  }));
  return { ok: false as const, response: validationProblem(c, errors) };
}

/**
 * Route hook for bodies: when the structural schema fails, report core's complete issue list instead
 * (so structural and cross-field problems come back together).
 */
function definitionHook(
  result: { success: boolean; target: string; error?: unknown },
  c: Context,
): Promise<never> | undefined {
  if (result.success) return undefined;
  return (async (): Promise<never> => {
    if (result.target === "json") {
      const validated = await validateBody(c);
      if (!validated.ok) return validated.response;
    }
    return validationProblem(c, fieldErrorsFromZod(result.error as ZodError, locationOf(result.target)));
  })();
}

function productRoutes(deps: ResourceDeps) {
  const router = createRouter();
  const db = deps.database.db;

  router.openapi(
    createProductRoute,
    async (c) => {
      const validated = await validateBody(c);
      if (!validated.ok) return validated.response;
      const product = await createProduct(db, changeContext(c, deps), validated.value);
      return c.json(product, 201);
    },
    definitionHook,
  );

  router.openapi(listProductsRoute, async (c) => {
    const query = c.req.valid("query");
    const cursor =
      query.cursor === undefined ? undefined : decodeCursor(query.cursor, (id) => isIdWithPrefix(id, "prd"));
    if (cursor !== undefined && !cursor.ok)
      return problemResponse(c, { code: cursor.error.code, detail: cursor.error.message });
    const tenantId = c.get("principal").tenantId;
    const rows = await listProducts(db, tenantId, {
      status: query.status,
      afterId: cursor?.value.afterId,
      take: query.limit + 1,
    });
    return c.json(
      toPage(rows, query.limit, (product) => product.id),
      200,
    );
  });

  router.openapi(getProductRoute, async (c) => {
    const result = await getProduct(db, c.get("principal").tenantId, c.req.valid("param").productId);
    if (!result.ok) return problemResponse(c, { code: result.error.code, detail: result.error.message });
    return c.json(result.value, 200);
  });

  router.openapi(
    updateProductRoute,
    async (c) => {
      const validated = await validateBody(c);
      if (!validated.ok) return validated.response;
      const result = await updateProduct(db, changeContext(c, deps), c.req.valid("param").productId, validated.value);
      if (!result.ok) return problemResponse(c, { code: result.error.code, detail: result.error.message });
      return c.json(result.value, 200);
    },
    definitionHook,
  );

  router.openapi(archiveProductRoute, async (c) => {
    const result = await archiveProduct(db, changeContext(c, deps), c.req.valid("param").productId);
    if (!result.ok) return problemResponse(c, { code: result.error.code, detail: result.error.message });
    return c.json(result.value, 200);
  });

  router.openapi(listProductVersionsRoute, async (c) => {
    const query = c.req.valid("query");
    const cursor =
      query.cursor === undefined ? undefined : decodeCursor(query.cursor, (id) => /^[1-9]\d{0,8}$/.test(id));
    if (cursor !== undefined && !cursor.ok)
      return problemResponse(c, { code: cursor.error.code, detail: cursor.error.message });
    const after = cursor === undefined ? 0 : Number(cursor.value.afterId);
    const { productId } = c.req.valid("param");
    const result = await listProductVersions(db, c.get("principal").tenantId, productId, after, query.limit + 1);
    if (!result.ok) return problemResponse(c, { code: result.error.code, detail: result.error.message });
    return c.json(
      toPage(result.value, query.limit, (version) => String(version.version)),
      200,
    );
  });

  router.openapi(getProductVersionRoute, async (c) => {
    const { productId, version } = c.req.valid("param");
    const result = await getProductVersion(db, c.get("principal").tenantId, productId, version);
    if (!result.ok) return problemResponse(c, { code: result.error.code, detail: result.error.message });
    return c.json(result.value, 200);
  });

  return router;
}

/**
 * Loan products: create, read, list, replace (new version), archive, and read old versions.
 *
 * @example
 * export const resources = [productsResource];
 */
export const productsResource: ApiResource = {
  tag: { name: "Products", description: "Loan products a lender offers, with immutable versions" },
  scopes: ["products:read", "products:write"],
  routes: productRoutes,
};
