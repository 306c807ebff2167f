import { createRoute, z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { idSchema } from "../http/id-schema.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { instantRange } from "../http/list-filters.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import {
  applicationPathSchema,
  counterOfferSchema,
  createApplicationSchema,
  decideApplicationSchema,
  declineApplicationSchema,
  disbursementPathSchema,
  disbursementStatusSchema,
  fundApplicationSchema,
  offerPathSchema,
  startClosingSchema,
  updateApplicationSchema,
} from "./request-schemas.js";
import {
  applicationSchema,
  applicationStateSchema,
  disbursementSchema,
  fundingSchema,
  offerListSchema,
} from "./response-schemas.js";

const tags = ["Applications"];
const security = [{ bearerAuth: [] }];
const read = requireScope("applications:read");
const write = requireScope("applications:write");
const approve = requireScope("applications:approve");
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { "application/json": { schema } } });
const ILLEGAL =
  "A command the application's state does not accept is 409 `illegal_transition` with `currentState` and `allowedCommands`.";

interface CommandOptions {
  readonly name: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description: string;
  readonly scope?: typeof write;
  readonly extraProblems?: ReadonlyArray<403>;
}

function commandParts(options: CommandOptions) {
  return {
    method: "post" as const,
    path: `/v1/applications/{applicationId}/${options.name}`,
    operationId: options.operationId,
    summary: options.summary,
    description: `${options.description} ${ILLEGAL}`,
    tags,
    security,
    middleware: options.scope ?? write,
    responses: {
      200: json(applicationSchema, "The application after the command"),
      ...problemResponses(404, 409, 422, ...(options.extraProblems ?? []), ...BODY_PROBLEMS),
    },
  };
}

/** A command without a body: `POST /v1/applications/{applicationId}/<name>`. */
function command(options: CommandOptions) {
  return createRoute({
    ...commandParts(options),
    request: { headers: optionalIdempotencyKey, params: applicationPathSchema },
  });
}

/** A command with a JSON body. */
function commandWithBody<T extends z.ZodType>(options: CommandOptions, input: T) {
  return createRoute({
    ...commandParts(options),
    request: { headers: optionalIdempotencyKey, params: applicationPathSchema, body: body(input) },
  });
}

export const createApplicationRoute = createRoute({
  method: "post",
  path: "/v1/applications",
  operationId: "createApplication",
  summary: "Create an application",
  description:
    "Starts a draft: any of the form's fields (product, amount, term, purpose, applicants with roles, collateral, declared debts and assets, consents, channel). Completeness is checked on submit; the product and every party named must exist (404).",
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, body: body(createApplicationSchema) },
  responses: { 201: json(applicationSchema, "The draft"), ...problemResponses(404, 409, ...BODY_PROBLEMS) },
});

export const getApplicationRoute = createRoute({
  method: "get",
  path: "/v1/applications/{applicationId}",
  operationId: "getApplication",
  summary: "Get an application",
  description: "One application with its state, the commands it accepts now and its state history.",
  tags,
  security,
  middleware: read,
  request: { params: applicationPathSchema },
  responses: { 200: json(applicationSchema, "The application"), ...problemResponses(404) },
});

export const updateApplicationRoute = createRoute({
  method: "patch",
  path: "/v1/applications/{applicationId}",
  operationId: "updateApplication",
  summary: "Update a draft application",
  description:
    "Replaces the fields given (lists whole). Only a draft can be changed: otherwise 409 `application_not_editable`.",
  tags,
  security,
  middleware: write,
  request: { params: applicationPathSchema, body: body(updateApplicationSchema) },
  responses: {
    200: json(applicationSchema, "The draft after the change"),
    ...problemResponses(404, 409, ...BODY_PROBLEMS),
  },
});

export const submitApplicationRoute = command({
  name: "submit",
  operationId: "submitApplication",
  summary: "Submit an application",
  description:
    "draft → submitted. An incomplete application is 422 `application_incomplete` listing every missing item in `errors` (JSON pointers into the form).",
});

export const withdrawApplicationRoute = command({
  name: "withdraw",
  operationId: "withdrawApplication",
  summary: "Withdraw an application",
  description: "→ withdrawn, at the applicant's request, from any state before funding.",
});

export const decideApplicationRoute = commandWithBody(
  {
    name: "decision",
    operationId: "decideApplication",
    summary: "Decide an application",
    description:
      "Evaluates a published rule set with the application's facts (and the caller's), stores the decision (`GET /v1/decisions/{id}`) and moves the application: approve → approved → offered (offers priced from the rule set's `ratePercent`, `approvedAmount` and `offerTerms` outputs); refer → referred; decline → declined. From submitted or in_review. Facts Lendstack supplies for the inputs the rule set declares (the caller's win): the application's (`requestedAmount`, `monthlyIncome`, `monthlyDebt` …), the checks' (credit report, identity, sanctions), extracted documents' (`verifiedMonthlyIncome`, `incomeVarianceBasisPoints`, `nsfCount`) and the `bankStatement` namespace, from bank statements a reviewer accepted (newest extraction of each): `bankStatementCount`, `bankStatementAverageMonthlyDeposits` (minor units; per borrower the statements' total deposits ÷ their count, half-even, summed), `bankStatementNsfCount`, `bankStatementEndingBalance` (minor units; each borrower's latest statement's closing balance, summed).",
  },
  decideApplicationSchema,
);

export const approveApplicationRoute = command({
  name: "approve",
  operationId: "approveApplication",
  summary: "Approve a referred application",
  description:
    "An underwriter's approval (scope `applications:approve`). Above the product's `origination.approvalAuthorityLimit` two different people must approve; the one who asked for the referring decision may not; nobody twice (403 `own_referral`, `already_approved`, `approval_complete`). The final approval makes the offers: → approved → offered.",
  scope: approve,
  extraProblems: [403],
});

export const declineApplicationRoute = commandWithBody(
  {
    name: "decline",
    operationId: "declineApplication",
    summary: "Decline a referred application",
    description: "An underwriter's decline (scope `applications:approve`), with reason codes: referred → declined.",
    scope: approve,
  },
  declineApplicationSchema,
);

export const startClosingRoute = commandWithBody(
  {
    name: "closing",
    operationId: "startApplicationClosing",
    summary: "Start closing",
    description: "accepted → closing, with the business date the loan is to be funded on (not in the past).",
  },
  startClosingSchema,
);

export const fundApplicationRoute = createRoute({
  method: "post",
  path: "/v1/applications/{applicationId}/fund",
  operationId: "fundApplication",
  summary: "Fund an application",
  description:
    "closing → funded: boards the servicing loan from the accepted offer (linked to the application, decision and offer) and records the disbursement instruction, in one transaction. Idempotent: funding a funded application answers with the same loan, however many calls race. While an envelope of the application is neither completed nor voided: 409 `envelopes_not_completed`, naming them. " +
    ILLEGAL,
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, params: applicationPathSchema, body: body(fundApplicationSchema) },
  responses: {
    201: json(fundingSchema, "Funded now: the application, its new loan and the disbursement"),
    200: json(fundingSchema, "Already funded: the same loan and disbursement as the call that funded it"),
    ...problemResponses(404, 409, 422, ...BODY_PROBLEMS),
  },
});

export const listOffersRoute = createRoute({
  method: "get",
  path: "/v1/applications/{applicationId}/offers",
  operationId: "listApplicationOffers",
  summary: "List an application's offers",
  description: "Every offer made, oldest first; an open offer past its expiry shows as `expired`.",
  tags,
  security,
  middleware: read,
  request: { params: applicationPathSchema },
  responses: { 200: json(offerListSchema, "The offers"), ...problemResponses(404) },
});

export const acceptOfferRoute = createRoute({
  method: "post",
  path: "/v1/applications/{applicationId}/offers/{offerId}/accept",
  operationId: "acceptApplicationOffer",
  summary: "Accept an offer",
  description: `offered → accepted: the offer becomes \`accepted\` and every other open one \`void\`. An expired, void or already accepted offer is 409 (\`offer_expired\`, \`offer_void\`, \`offer_already_accepted\`). ${ILLEGAL}`,
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, params: offerPathSchema },
  responses: { 200: json(applicationSchema, "The application after acceptance"), ...problemResponses(404, 409) },
});

export const counterOfferRoute = createRoute({
  method: "post",
  path: "/v1/applications/{applicationId}/offers/{offerId}/counter",
  operationId: "counterApplicationOffer",
  summary: "Counter an offer",
  description: `A new open offer on changed amount, term or rate, priced like every offer; the countered one becomes \`void\`. ${ILLEGAL}`,
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, params: offerPathSchema, body: body(counterOfferSchema) },
  responses: {
    200: json(applicationSchema, "The application with the counter-offer"),
    ...problemResponses(404, 409, 422, ...BODY_PROBLEMS),
  },
});

export const getDisbursementRoute = createRoute({
  method: "get",
  path: "/v1/disbursements/{disbursementId}",
  operationId: "getDisbursement",
  summary: "Get a disbursement",
  description: "A funded loan's disbursement instruction and where it is (pending → sent → settled, or failed).",
  tags,
  security,
  middleware: read,
  request: { params: disbursementPathSchema },
  responses: { 200: json(disbursementSchema, "The disbursement"), ...problemResponses(404) },
});

export const updateDisbursementRoute = createRoute({
  method: "post",
  path: "/v1/disbursements/{disbursementId}/status",
  operationId: "updateDisbursementStatus",
  summary: "Record a disbursement's progress",
  description:
    "pending → sent → settled, or → failed with a reason; anything else is 409 `illegal_disbursement_status`.",
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, params: disbursementPathSchema, body: body(disbursementStatusSchema) },
  responses: {
    200: json(disbursementSchema, "The disbursement after the change"),
    ...problemResponses(404, 409, 422, ...BODY_PROBLEMS),
  },
});

/** `GET /v1/applications`. */
export const listApplicationsDefinition = {
  path: "/v1/applications",
  operationId: "listApplications",
  summary: "List applications",
  description: "The tenant's applications, oldest first.",
  tag: "Applications",
  middleware: read,
  filters: {
    state: applicationStateSchema.optional().openapi({ description: "Only applications in this state" }),
    productId: idSchema("prd").optional().openapi({ description: "Only applications for this product" }),
    assignee: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: "Only applications assigned to this person" }),
    adverseActionNotice: z
      .enum(["due", "sent"])
      .optional()
      .openapi({ description: "Declined applications whose adverse-action notice is still due (or overdue), or sent" }),
    ...instantRange("createdAt"),
  },
  item: applicationSchema,
  pageName: "ApplicationPage",
};
