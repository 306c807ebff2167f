import { createRoute, type z } from "@hono/zod-openapi";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import { readScope, writeScope } from "../loans/routes.js";
import { servicememberPathSchema, servicememberSchema, setServicememberSchema } from "./schemas.js";

const tags = ["Servicemembers"];
const security = [{ bearerAuth: [] }];
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const protection =
  "While protected (from the start of service through `protectedThrough`) the daily close assesses no late fee and no penalty interest accrues, charge-offs and write-offs are refused and so is a rate change or reschedule to a rate above 6 % (409 `scra_protected`), and the loan's collections account shows `hold: scra`.";

/** `GET /v1/loans/{loanId}/servicemember`. @example router.openapi(getServicememberRoute, handler); */
export const getServicememberRoute = createRoute({
  method: "get",
  path: "/v1/loans/{loanId}/servicemember",
  operationId: "getLoanServicemember",
  summary: "Get the borrower's military service (SCRA)",
  description: `The borrower's recorded active duty and the SCRA protection it gives the loan, with its status as of today's business date. 404 \`servicemember_not_found\` when none is recorded. ${protection}`,
  tags,
  security,
  middleware: readScope,
  request: { params: servicememberPathSchema },
  responses: { 200: json(servicememberSchema, "The servicemember record"), ...problemResponses(404) },
});

/** `PUT /v1/loans/{loanId}/servicemember`. @example router.openapi(setServicememberRoute, handler); */
export const setServicememberRoute = createRoute({
  method: "put",
  path: "/v1/loans/{loanId}/servicemember",
  operationId: "setLoanServicemember",
  summary: "Record the borrower's military service (SCRA)",
  description: `Servicemembers Civil Relief Act, 50 U.S.C. § 3937: an obligation incurred before active duty (the loan's disbursement date before \`activeDutyStartDate\`, else 422 \`scra_obligation_after_service\`) is capped at 6 % a year, fees charged as interest included, from the start of service through its end, and for a mortgage (product \`productType: mortgage\`) one year more. A new period records an \`scra-protection\` start event and, when the rate is above 6 %, a rate change to 6 %, both dated the start (a past date re-flows the loan's interest from it); when the end is known (now or by a later PUT or DELETE) it records an \`scra-protection\` end and a rate change back to the original rate, dated the day after \`protectedThrough\`. The end is recorded up front, as loan events, so every replay of the loan knows the whole period. A recorded start or end cannot change (409 \`scra_dates_recorded\`); a start after the last period's protection begins a new period. Records \`loan.scra_protection_started\` and/or \`loan.scra_protection_ended\` (\`loan.servicemember_updated\` when only the evidence changed). ${protection}`,
  tags,
  security,
  middleware: writeScope,
  request: {
    headers: optionalIdempotencyKey,
    params: servicememberPathSchema,
    body: { required: true, content: { "application/json": { schema: setServicememberSchema } } },
  },
  responses: {
    200: json(servicememberSchema, "The servicemember record after the change"),
    ...problemResponses(404, 409, ...BODY_PROBLEMS),
  },
});

/** `DELETE /v1/loans/{loanId}/servicemember`. @example router.openapi(endServicememberRoute, handler); */
export const endServicememberRoute = createRoute({
  method: "delete",
  path: "/v1/loans/{loanId}/servicemember",
  operationId: "endLoanServicemember",
  summary: "End the borrower's military service today (SCRA)",
  description:
    "Records today's business date as the last day of active duty of an open period, with the same events as a PUT setting `activeDutyEndDate` (the record is kept, with its history). A period whose end is already recorded is returned unchanged. 404 `servicemember_not_found`.",
  tags,
  security,
  middleware: writeScope,
  request: { headers: optionalIdempotencyKey, params: servicememberPathSchema },
  responses: {
    200: json(servicememberSchema, "The servicemember record after the change"),
    ...problemResponses(404, 409),
  },
});
