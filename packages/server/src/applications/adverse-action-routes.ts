import { createRoute, z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import { applicationPathSchema } from "./request-schemas.js";

const line = z.string();
const namedPartySchema = z
  .object({
    name: line,
    address: z.object({
      line1: line.optional(),
      line2: line.optional(),
      city: line.optional(),
      region: line.optional(),
      postalCode: line.optional(),
      country: line.optional(),
    }),
    phone: line.optional(),
  })
  .openapi("NoticeParty");

const reasonSchema = z.object({
  statementId: z.string(),
  statement: z.string(),
  reasonCodes: z.array(z.string()).openapi({ description: "The decline's codes this statement covers" }),
});

/** The notice on the wire. @example c.json(toNoticeBody(notice), 200) */
export const adverseActionNoticeSchema = z
  .object({
    object: z.literal("adverse_action_notice"),
    applicationId: z.string(),
    status: z.enum(["due", "overdue", "sent"]).openapi({ description: "Sent, or due (overdue after `dueOn`)" }),
    actionTaken: z.literal("credit_denied"),
    applicantNames: z.array(z.string()),
    decidedOn: z.string().openapi({ description: "The business date of the decline" }),
    dueOn: z
      .string()
      .openapi({ description: "The last day to send it: 30 days after the decline (12 CFR 1002.9(a)(1)(i))" }),
    sentAt: z.string().nullable(),
    deliveryMethod: z.string().nullable(),
    creditor: namedPartySchema,
    principalReasons: z.array(reasonSchema).openapi({ description: "At most four, most important first" }),
    ecoaNotice: z.object({ statement: z.string(), agency: namedPartySchema }),
    fcraDisclosure: z
      .object({
        agency: namedPartySchema,
        statement: z.string(),
        score: z.int(),
        rangeLow: z.int(),
        rangeHigh: z.int(),
        scoredOn: z.string(),
        source: z.string(),
        keyFactors: z.array(z.object({ code: z.string(), description: z.string() })),
      })
      .nullable()
      .openapi({ description: "FCRA § 615(a), when a credit score was used in the decision" }),
    creditReportId: z.string().nullable().openapi({
      description:
        "The credit bureau report (`crp_…`) the decision used, as the decision records it; null when it used none",
    }),
    citations: z.array(z.string()),
  })
  .openapi("AdverseActionNotice");

/** Body of the delivery record. @example { method: "mail" } */
export const noticeDeliverySchema = z
  .object({
    method: z.enum(["mail", "email", "in_app"]).openapi({ description: "How the notice went out" }),
    sentAt: z.iso
      .datetime({ offset: true })
      .max(40)
      .optional()
      .openapi({ description: "When it went out (default: now); not in the future" }),
  })
  .strict()
  .openapi("AdverseActionNoticeDelivery");

const security = [{ bearerAuth: [] }];
const tags = ["Applications"];
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export const getAdverseActionNoticeRoute = createRoute({
  method: "get",
  path: "/v1/applications/{applicationId}/adverse-action-notice",
  operationId: "getAdverseActionNotice",
  summary: "Get a declined application's adverse-action notice",
  description:
    "The Regulation B notice (12 CFR 1002.9) as data: up to four principal reasons from the decline's reason codes and the deciding rule set's reason statements, the ECOA notice with the agency, the creditor, the FCRA § 615(a) disclosure when a credit score was a fact of the decision, the due date (30 days after the decline) and whether it was sent. 409 `application_not_declined`; 422 `adverse_action_not_configured` when the product's `origination.adverseAction` names no creditor.",
  tags,
  security,
  middleware: requireScope("applications:read"),
  request: { params: applicationPathSchema },
  responses: { 200: json(adverseActionNoticeSchema, "The notice"), ...problemResponses(404, 409, 422) },
});

export const recordNoticeDeliveryRoute = createRoute({
  method: "post",
  path: "/v1/applications/{applicationId}/adverse-action-notice/delivery",
  operationId: "recordAdverseActionNoticeDelivery",
  summary: "Record that the adverse-action notice went out",
  description:
    "Records how and when the notice was sent (audited; event `application.adverse_action_notice_sent`). The second time is 409 `adverse_action_notice_sent`.",
  tags,
  security,
  middleware: requireScope("applications:write"),
  request: {
    headers: optionalIdempotencyKey,
    params: applicationPathSchema,
    body: { required: true, content: { "application/json": { schema: noticeDeliverySchema } } },
  },
  responses: {
    200: json(adverseActionNoticeSchema, "The notice, sent"),
    ...problemResponses(404, 409, 422, ...BODY_PROBLEMS),
  },
});
