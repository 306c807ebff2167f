import { createRoute, z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { instantRange } from "../http/list-filters.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import { createPartySchema, partyPathSchema, updatePartySchema } from "./request-schemas.js";
import { createdPartySchema, partySchema } from "./response-schemas.js";

const tags = ["Parties"];
const security = [{ bearerAuth: [] }];
const read = requireScope("parties:read");
const write = requireScope("parties:write");
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { "application/json": { schema } } });
const MASKING =
  "Tax ids show only their last four digits (`***-**-6789`, `**-***6789`) and dates of birth are hidden unless the token has `pii:read`; each reveal writes an audit record (`party.pii_revealed`).";

/** `POST /v1/parties`. @example router.openapi(createPartyRoute, handler); */
export const createPartyRoute = createRoute({
  method: "post",
  path: "/v1/parties",
  operationId: "createParty",
  summary: "Create a party",
  description:
    "Creates an individual (name, date of birth, SSN or ITIN, addresses, employment, income, citizenship) or a business (legal and DBA names, EIN, entity type, formation, NAICS, beneficial owners of 25% or more and one control person, as linked individual parties, per the CDD rule). Every bad field is listed in one 422. A tax id the tenant already has is 409 `duplicate_party` with `existingId`; the same name and date of birth as another party is accepted and listed in `possibleDuplicates`. The tax id and date of birth are stored encrypted; the answer shows them masked.",
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, body: body(createPartySchema) },
  responses: { 201: json(createdPartySchema, "The party"), ...problemResponses(404, 409, ...BODY_PROBLEMS) },
});

/** `GET /v1/parties/{partyId}`. @example router.openapi(getPartyRoute, handler); */
export const getPartyRoute = createRoute({
  method: "get",
  path: "/v1/parties/{partyId}",
  operationId: "getParty",
  summary: "Get a party",
  description: `One party. ${MASKING}`,
  tags,
  security,
  middleware: read,
  request: { params: partyPathSchema },
  responses: { 200: json(partySchema, "The party"), ...problemResponses(404) },
});

/** `PATCH /v1/parties/{partyId}`. @example router.openapi(updatePartyRoute, handler); */
export const updatePartyRoute = createRoute({
  method: "patch",
  path: "/v1/parties/{partyId}",
  operationId: "updateParty",
  summary: "Update a party",
  description:
    "Replaces the fields given (lists as a whole) and validates the party again as a whole; fields of the other kind of party are `not_applicable`. A tax id another party has is 409 `duplicate_party`. The answer shows PII masked.",
  tags,
  security,
  middleware: write,
  request: { params: partyPathSchema, body: body(updatePartySchema) },
  responses: { 200: json(partySchema, "The party after the change"), ...problemResponses(404, 409, ...BODY_PROBLEMS) },
});

/** Filters of the parties list. */
export const partyFilters = {
  type: z.enum(["individual", "business"]).optional().openapi({ description: "Only parties of this kind" }),
  taxId: z
    .string()
    .max(11)
    .regex(/^(\d{3}-\d{2}-\d{4}|\d{2}-\d{7}|\d{9})$/, "expected NNN-NN-NNNN, NN-NNNNNNN or nine digits")
    .optional()
    .openapi({
      description:
        "Only the party with this tax id (NNN-NN-NNNN for an SSN or ITIN, NN-NNNNNNN for an EIN, nine digits for either), found by its keyed hash without decrypting anything",
      example: "123-45-6789",
    }),
  ...instantRange("createdAt"),
};

/** `GET /v1/parties`. @example listRoute(router, listPartiesDefinition, idOrder("pty"), fetchPage); */
export const listPartiesDefinition = {
  path: "/v1/parties",
  operationId: "listParties",
  summary: "List parties",
  description: `The tenant's parties. ${MASKING}`,
  tag: "Parties",
  middleware: read,
  filters: partyFilters,
  item: partySchema,
  pageName: "PartyPage",
};
