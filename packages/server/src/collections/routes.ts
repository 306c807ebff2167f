import { createRoute, z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import {
  CHANNELS,
  contactPreferencesInputSchema,
  contactPreferencesSchema,
  contactSchema,
  loanContactsPathSchema,
  logContactSchema,
} from "./contact-schemas.js";
import { loanPromisesPathSchema, promiseFilters, promiseSchema, recordPromiseSchema } from "./promise-schemas.js";

const tags = ["Collections"];
const security = [{ bearerAuth: [] }];
const read = requireScope("collections:read");
const write = requireScope("collections:write");
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** `POST /v1/loans/{loanId}/contacts`. @example router.openapi(logContactRoute, handler); */
export const logContactRoute = createRoute({
  method: "post",
  path: "/v1/loans/{loanId}/contacts",
  operationId: "logLoanContact",
  summary: "Log a contact",
  description:
    "Logs a call, text, email, letter or visit on the loan. An outbound contact is refused, and not stored, when the loan's contact preferences forbid it (409 `cease_communication`, `do_not_contact`, `contact_consent_withdrawn`; 422 `contact_outside_preferred_times` for a call or text outside the borrower's preferred hours). An outbound phone call is checked against Regulation F with the loan's logged phone history, in the borrower's time zone (the preferences' `timeZone`, else the tenant's): 422 `call_limit_reached` (it would be an eighth call attempt in 7 consecutive days, 12 CFR 1006.14(b)(2)(i)(A)), `call_after_conversation` (within 7 days after a telephone conversation, (b)(2)(i)(B)), `call_outside_hours` (before 8 a.m. or after 9 p.m. local, 1006.6(b)(1)(i)). A call that did not connect (`busy`, `not_connected`) is no attempt: only the hours apply to it. 404 `party_not_found` for an unknown `partyId`.",
  tags,
  security,
  middleware: write,
  request: {
    headers: optionalIdempotencyKey,
    params: loanContactsPathSchema,
    body: { required: true, content: { "application/json": { schema: logContactSchema } } },
  },
  responses: { 201: json(contactSchema, "The contact"), ...problemResponses(404, 409, ...BODY_PROBLEMS) },
});

/** `GET /v1/loans/{loanId}/contacts`. @example listRoute(router, listContactsDefinition, idOrder("cnt"), fetchPage); */
export const listContactsDefinition = {
  path: "/v1/loans/{loanId}/contacts",
  operationId: "listLoanContacts",
  summary: "List contacts",
  description: "The loan's contact log.",
  tag: "Collections",
  middleware: read,
  params: loanContactsPathSchema,
  filters: {
    channel: z.enum(CHANNELS).optional().openapi({ description: "Only contacts by this channel" }),
    direction: z.enum(["inbound", "outbound"]).optional().openapi({ description: "Only contacts this way" }),
  },
  item: contactSchema,
  pageName: "ContactPage",
};

/** `GET /v1/loans/{loanId}/contact-preferences`. @example router.openapi(getContactPreferencesRoute, handler); */
export const getContactPreferencesRoute = createRoute({
  method: "get",
  path: "/v1/loans/{loanId}/contact-preferences",
  operationId: "getLoanContactPreferences",
  summary: "Get contact preferences",
  description: "The loan's contact preferences; the defaults (no flags, the tenant's time zone) when never set.",
  tags,
  security,
  middleware: read,
  request: { params: loanContactsPathSchema },
  responses: { 200: json(contactPreferencesSchema, "The preferences"), ...problemResponses(404) },
});

/** `PUT /v1/loans/{loanId}/contact-preferences`. @example router.openapi(setContactPreferencesRoute, handler); */
export const setContactPreferencesRoute = createRoute({
  method: "put",
  path: "/v1/loans/{loanId}/contact-preferences",
  operationId: "setLoanContactPreferences",
  summary: "Set contact preferences",
  description:
    "Replaces the loan's contact preferences: the borrower's time zone (422 `invalid_time_zone` when not an IANA zone), cease-communication, and by channel consent, do-not-contact and preferred local hours. They apply to outbound contacts logged from now on.",
  tags,
  security,
  middleware: write,
  request: {
    params: loanContactsPathSchema,
    body: { required: true, content: { "application/json": { schema: contactPreferencesInputSchema } } },
  },
  responses: { 200: json(contactPreferencesSchema, "The preferences"), ...problemResponses(404, ...BODY_PROBLEMS) },
});

/** `POST /v1/loans/{loanId}/promises`. @example router.openapi(recordPromiseRoute, handler); */
export const recordPromiseRoute = createRoute({
  method: "post",
  path: "/v1/loans/{loanId}/promises",
  operationId: "recordLoanPromise",
  summary: "Record a promise to pay",
  description:
    "Records the borrower's promise to pay `amount` (the loan's currency: 422 `currency_mismatch`) by `dueDate` (not before today's business date: 422 `promise_date_in_past`). It stays `pending` until the daily close after its due date marks it `kept` (payments received from today through the due date cover it) or `broken`, recording `promise.kept` or `promise.broken`. 409 `loan_closed` on a paid-off, closed or written-off loan.",
  tags,
  security,
  middleware: write,
  request: {
    headers: optionalIdempotencyKey,
    params: loanPromisesPathSchema,
    body: { required: true, content: { "application/json": { schema: recordPromiseSchema } } },
  },
  responses: { 201: json(promiseSchema, "The promise"), ...problemResponses(404, 409, ...BODY_PROBLEMS) },
});

/** `GET /v1/loans/{loanId}/promises`. @example listRoute(router, listPromisesDefinition, idOrder("ptp"), fetchPage); */
export const listPromisesDefinition = {
  path: "/v1/loans/{loanId}/promises",
  operationId: "listLoanPromises",
  summary: "List promises to pay",
  description: "The loan's promises to pay, pending, kept and broken.",
  tag: "Collections",
  middleware: read,
  params: loanPromisesPathSchema,
  filters: promiseFilters,
  item: promiseSchema,
  pageName: "PromisePage",
};
