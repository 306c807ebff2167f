import { validateProductDefinition } from "@lendstack/core/products";
import type { Context } from "hono";
import type { ZodError } from "zod";
import { createRouter, fieldErrorsFromZod, locationOf, validationProblem } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { decodeCursor, toPage } from "../http/pagination.js";
import { domainProblem, toJsonPointer } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { isIdWithPrefix } from "../ids.js";
import {
  archiveProductRoute,
  createProductRoute,
  getProductRoute,
  getProductVersionRoute,
  listProductsRoute,
  listProductVersionsRoute,
  updateProductRoute,
} from "./routes.js";
import {
  archiveProduct,
  createProduct,
  getProduct,
  getProductVersion,
  listProducts,
  listProductVersions,
  updateProduct,
} from "./service.js";

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

type ProductRouter = ReturnType<typeof createRouter>;

const isProductId = (id: string) => isIdWithPrefix(id, "prd");
const isVersionNumber = (id: string) => /^[1-9]\d{0,8}$/.test(id);

function registerWrites(router: ProductRouter, deps: ResourceDeps): void {
  const db = deps.database.db;
  router.openapi(
    createProductRoute,
    async (c) => {
      const validated = await validateBody(c);
      if (!validated.ok) return validated.response;
      return c.json(await createProduct(db, changeContext(c, deps), validated.value), 201);
    },
    definitionHook,
  );
  router.openapi(
    updateProductRoute,
    async (c) => {
      const validated = await validateBody(c);
      if (!validated.ok) return validated.response;
      const result = await updateProduct(db, changeContext(c, deps), c.req.valid("param").productId, validated.value);
      return result.ok ? c.json(result.value, 200) : domainProblem(c, result.error);
    },
    definitionHook,
  );
  router.openapi(archiveProductRoute, async (c) => {
    const result = await archiveProduct(db, changeContext(c, deps), c.req.valid("param").productId);
    return result.ok ? c.json(result.value, 200) : domainProblem(c, result.error);
  });
}

function registerReads(router: ProductRouter, deps: ResourceDeps): void {
  const db = deps.database.db;
  router.openapi(listProductsRoute, async (c) => {
    const { cursor, limit, status } = c.req.valid("query");
    const position = cursor === undefined ? undefined : decodeCursor(cursor, isProductId);
    if (position !== undefined && !position.ok) return domainProblem(c, position.error);
    const query = { status, afterId: position?.value.afterId, take: limit + 1 };
    const rows = await listProducts(db, c.get("principal").tenantId, query);
    return c.json(
      toPage(rows, limit, (product) => product.id),
      200,
    );
  });
  router.openapi(getProductRoute, async (c) => {
    const result = await getProduct(db, c.get("principal").tenantId, c.req.valid("param").productId);
    return result.ok ? c.json(result.value, 200) : domainProblem(c, result.error);
  });
  router.openapi(listProductVersionsRoute, async (c) => {
    const { cursor, limit } = c.req.valid("query");
    const position = cursor === undefined ? undefined : decodeCursor(cursor, isVersionNumber);
    if (position !== undefined && !position.ok) return domainProblem(c, position.error);
    const after = position === undefined ? 0 : Number(position.value.afterId);
    const { productId } = c.req.valid("param");
    const result = await listProductVersions(db, c.get("principal").tenantId, productId, after, limit + 1);
    if (!result.ok) return domainProblem(c, result.error);
    return c.json(
      toPage(result.value, limit, (version) => String(version.version)),
      200,
    );
  });
  router.openapi(getProductVersionRoute, async (c) => {
    const { productId, version } = c.req.valid("param");
    const result = await getProductVersion(db, c.get("principal").tenantId, productId, version);
    return result.ok ? c.json(result.value, 200) : domainProblem(c, result.error);
  });
}

function productRoutes(deps: ResourceDeps): ProductRouter {
  const router = createRouter();
  registerWrites(router, deps);
  registerReads(router, deps);
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
