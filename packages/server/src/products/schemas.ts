import { z } from "@hono/zod-openapi";
import { productDefinitionSchema } from "@lendstack/core/products";
import { idSchema } from "../http/id-schema.js";
import { pathInteger } from "../http/path-integer.js";

/**
 * The product definition document, from core (the single source of truth for what a product configures).
 *
 * @example
 * request: { body: { content: { "application/json": { schema: productDefinition } } } }
 */
export const productDefinition = productDefinitionSchema.meta({ id: "ProductDefinition" });

const productIdParam = idSchema("prd", { param: "productId" });

/** Path parameters of `/v1/products/{productId}`. @example request: { params: productPathSchema } */
export const productPathSchema = z.object({ productId: productIdParam });

/** Path parameters of `/v1/products/{productId}/versions/{version}`. @example request: { params: productVersionPathSchema } */
export const productVersionPathSchema = z.object({
  productId: productIdParam,
  version: pathInteger("version"),
});

/** A product's lifecycle status (registered as `ProductStatus`). @example productStatusSchema.parse("archived") */
export const productStatusSchema = z
  .enum(["active", "archived"])
  .openapi("ProductStatus", { description: "active: offered; archived: no new quotes or loans" });

/** A product with its current definition. @example const product: z.infer<typeof productSchema> = await response.json(); */
export const productSchema = z
  .object({
    id: z.string().openapi({ example: "prd_01JGFJJZ0000000000000000AB" }),
    name: z.string(),
    status: productStatusSchema,
    version: z.int().openapi({ description: "The current (latest) version number, from 1" }),
    definition: productDefinition,
    createdAt: z.string().openapi({ description: "UTC ISO 8601 instant", example: "2025-01-01T00:00:00.000Z" }),
    updatedAt: z.string().openapi({ description: "UTC ISO 8601 instant", example: "2025-01-01T00:00:00.000Z" }),
  })
  .openapi("Product");

/** One immutable version of a product definition. @example content: { "application/json": { schema: productVersionSchema } } */
export const productVersionSchema = z
  .object({
    productId: z.string(),
    version: z.int(),
    definition: productDefinition,
    createdAt: z.string().openapi({ description: "UTC ISO 8601 instant" }),
    createdBy: z.string().openapi({ description: "Subject of the token that created the version" }),
  })
  .openapi("ProductVersion");
