import { createRoute, type z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { idSchema } from "../http/id-schema.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import {
  partyScreeningPathSchema,
  reviewScreeningHitSchema,
  screeningHitPathSchema,
  screeningHitSchema,
  screeningHitStatusSchema,
  screeningSchema,
} from "./schemas.js";

const tags = ["Sanctions screening"];
const security = [{ bearerAuth: [] }];
const read = requireScope("screenings:read");
const write = requireScope("screenings:write");
const review = requireScope("screenings:review");
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { "application/json": { schema } } });

/** `POST /v1/parties/{partyId}/screenings`. @example router.openapi(screenPartyRoute, handler); */
export const screenPartyRoute = createRoute({
  method: "post",
  path: "/v1/parties/{partyId}/screenings",
  operationId: "screenParty",
  summary: "Screen a party against the sanctions list",
  description:
    "Screens the party's names (a person's full and first-and-last name, a business's legal and DBA names, `otherNames`) against the sanctions list in force (the newest `lendstack sanctions load`). Names are normalized (case, accents, punctuation, word order, common transliterations) and scored by Jaro-Winkler on tokens against every entry's name and aliases; each entry scoring at least the threshold (`SANCTIONS_MATCH_THRESHOLD`, default 0.85) is a hit, raised once per party and entry with a \"Review sanctions hit\" task, and the party is put on hold while any of its hits is open or confirmed. 409 `sanctions_list_not_loaded` when no list is loaded.",
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, params: partyScreeningPathSchema },
  responses: { 201: json(screeningSchema, "The screening and its hits"), ...problemResponses(404, 409) },
});

const reviewRoute = (decision: "clear" | "confirm") =>
  createRoute({
    method: "post",
    path: `/v1/screening-hits/{screeningHitId}/${decision}`,
    operationId: decision === "clear" ? "clearScreeningHit" : "confirmScreeningHit",
    summary: decision === "clear" ? "Clear a screening hit" : "Confirm a screening hit",
    description:
      (decision === "clear"
        ? "The reviewer finds the party is not the listed entry (a false positive). When none of the party's hits is open or confirmed any more, its hold is lifted."
        : "The reviewer finds the party is the listed entry: the party stays on hold.") +
      " Completes the hit's review task. A hit reviewed already is 409 `screening_hit_reviewed`. Needs `screenings:review`.",
    tags,
    security,
    middleware: review,
    request: { headers: optionalIdempotencyKey, params: screeningHitPathSchema, body: body(reviewScreeningHitSchema) },
    responses: { 200: json(screeningHitSchema, "The reviewed hit"), ...problemResponses(404, 409, ...BODY_PROBLEMS) },
  });

export const clearScreeningHitRoute = reviewRoute("clear");
export const confirmScreeningHitRoute = reviewRoute("confirm");

/** `GET /v1/screening-hits/{screeningHitId}`. */
export const getScreeningHitRoute = createRoute({
  method: "get",
  path: "/v1/screening-hits/{screeningHitId}",
  operationId: "getScreeningHit",
  summary: "Get a screening hit",
  tags,
  security,
  middleware: read,
  request: { params: screeningHitPathSchema },
  responses: { 200: json(screeningHitSchema, "The hit"), ...problemResponses(404) },
});

/** `GET /v1/screening-hits` (listScreeningHits). */
export const listScreeningHitsDefinition = {
  path: "/v1/screening-hits",
  operationId: "listScreeningHits",
  summary: "List screening hits",
  description: "Hits of the tenant's parties against the sanctions list, to review.",
  tag: "Sanctions screening",
  middleware: read,
  filters: {
    status: screeningHitStatusSchema.optional().openapi({ description: "Only hits in this status" }),
    partyId: idSchema("pty").optional().openapi({ description: "Only this party's hits" }),
  },
  item: screeningHitSchema,
  pageName: "ScreeningHitPage",
};
