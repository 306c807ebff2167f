import { createRoute } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { instantRange } from "../http/list-filters.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import {
  productDefinition,
  productPathSchema,
  productSchema,
  productStatusSchema,
  productVersionPathSchema,
  productVersionSchema,
} from "./schemas.js";

const tags = ["Products"];
const security = [{ bearerAuth: [] }];
const read = requireScope("products:read");
const write = requireScope("products:write");
const definitionBody = {
  required: true,
  description: "A product definition (fields with defaults may be omitted)",
  content: { "application/json": { schema: productDefinition } },
};
const productJson = (description: string) => ({
  description,
  content: { "application/json": { schema: productSchema } },
});

/** `POST /v1/products` (createProduct). @example router.openapi(createProductRoute, handler); */
export const createProductRoute = createRoute({
  method: "post",
  path: "/v1/products",
  operationId: "createProduct",
  summary: "Create a product",
  description: "Validates the definition with every cross-field rule and stores it as version 1.",
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, body: definitionBody },
  responses: { 201: productJson("The created product"), ...problemResponses(409, ...BODY_PROBLEMS) },
});

/** `GET /v1/products` (listProducts). @example listRoute(router, listProductsDefinition, idOrder("prd"), fetchPage); */
export const listProductsDefinition = {
  path: "/v1/products",
  operationId: "listProducts",
  summary: "List products",
  description: "Products with their current definitions.",
  tag: "Products",
  middleware: read,
  filters: {
    status: productStatusSchema.optional().openapi({ description: "Only products in this status" }),
    ...instantRange("createdAt"),
  },
  item: productSchema,
  pageName: "ProductPage",
};

/** `GET /v1/products/{productId}` (getProduct). @example router.openapi(getProductRoute, handler); */
export const getProductRoute = createRoute({
  method: "get",
  path: "/v1/products/{productId}",
  operationId: "getProduct",
  summary: "Get a product",
  tags,
  security,
  middleware: read,
  request: { params: productPathSchema },
  responses: { 200: productJson("The product with its current definition"), ...problemResponses(404) },
});

/** `PUT /v1/products/{productId}` (updateProduct). @example router.openapi(updateProductRoute, handler); */
export const updateProductRoute = createRoute({
  method: "put",
  path: "/v1/products/{productId}",
  operationId: "updateProduct",
  summary: "Replace a product's definition",
  description: "Adds a new immutable version (n+1); earlier versions stay readable and loans keep theirs.",
  tags,
  security,
  middleware: write,
  request: { params: productPathSchema, body: definitionBody },
  responses: { 200: productJson("The product at its new version"), ...problemResponses(404, 409, ...BODY_PROBLEMS) },
});

/** `POST /v1/products/{productId}/archive` (archiveProduct). @example router.openapi(archiveProductRoute, handler); */
export const archiveProductRoute = createRoute({
  method: "post",
  path: "/v1/products/{productId}/archive",
  operationId: "archiveProduct",
  summary: "Archive a product",
  description: "It stays readable but cannot change or be used for new loans.",
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, params: productPathSchema },
  responses: { 200: productJson("The archived product"), ...problemResponses(404, 409) },
});

/** `GET /v1/products/{productId}/versions` (listProductVersions). @example listRoute(router, listProductVersionsDefinition, versionOrder, fetchPage); */
export const listProductVersionsDefinition = {
  path: "/v1/products/{productId}/versions",
  operationId: "listProductVersions",
  summary: "List a product's versions",
  description: "Every immutable version of the product's definition.",
  tag: "Products",
  middleware: read,
  params: productPathSchema,
  filters: { ...instantRange("createdAt") },
  item: productVersionSchema,
  pageName: "ProductVersionPage",
};

/** `GET /v1/products/{productId}/versions/{version}` (getProductVersion). @example router.openapi(getProductVersionRoute, handler); */
export const getProductVersionRoute = createRoute({
  method: "get",
  path: "/v1/products/{productId}/versions/{version}",
  operationId: "getProductVersion",
  summary: "Get one version of a product",
  tags,
  security,
  middleware: read,
  request: { params: productVersionPathSchema },
  responses: {
    200: { description: "The version", content: { "application/json": { schema: productVersionSchema } } },
    ...problemResponses(404),
  },
});
