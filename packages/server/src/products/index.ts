import { ok } from "@lendstack/core/errors";
import { validateProductDefinition } from "@lendstack/core/products";
import type { Context } from "hono";
import type { ZodError } from "zod";
import { createRouter, fieldErrorsFromZod, locationOf, validationProblem } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { instantRangeOf } from "../http/list-filters.js";
import { idOrder, listRoute, versionOrder } from "../http/list-route.js";
import { domainProblem, toJsonPointer } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import {
  archiveProductRoute,
  createProductRoute,
  getProductRoute,
  getProductVersionRoute,
  listProductsDefinition,
  listProductVersionsDefinition,
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

function registerWrites(router: ProductRouter, deps: ResourceDeps): void {
  const { db } = deps;
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
  const { db } = deps;
  listRoute(router, listProductsDefinition, idOrder("prd"), async ({ tenantId, filters, after, take }) => {
    const { status } = filters;
    return ok(
      await listProducts(db, tenantId, { status, createdAt: instantRangeOf(filters, "createdAt"), after, take }),
    );
  });
  router.openapi(getProductRoute, async (c) => {
    const result = await getProduct(db, c.get("principal").tenantId, c.req.valid("param").productId);
    return result.ok ? c.json(result.value, 200) : domainProblem(c, result.error);
  });
  listRoute(router, listProductVersionsDefinition, versionOrder, ({ tenantId, params, filters, after, take }) =>
    listProductVersions(db, tenantId, params.productId, {
      createdAt: instantRangeOf(filters, "createdAt"),
      afterVersion: Number(after ?? 0),
      take,
    }),
  );
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
