import { z } from "@hono/zod-openapi";
import { allowedCommands, isApplicationState } from "@lendstack/core/origination";
import { decodeStored } from "../db/corrupt-record.js";
import type { ApplicationRow, DisbursementRow } from "../db/schema/index.js";
import { toJsonInteger } from "../http/safe-integer.js";
import {
  type ApplicationBody,
  applicationStateSchema,
  type DisbursementBody,
  type OfferBody,
  offerSchema,
  type StoredForm,
  storedFormSchema,
} from "./response-schemas.js";

const historySchema = z.array(z.object({ state: applicationStateSchema, enteredAt: z.string(), by: z.string() }));
const approvalsSchema = z.array(z.object({ sub: z.string(), at: z.string() }));
/** Offers as stored: those priced before versions were recorded have no `productVersion`. */
const offersSchema = z.array(offerSchema.extend({ productVersion: offerSchema.shape.productVersion.default(null) }));

/** The stored form, decoded (a corrupt row is 500 `corrupt_record`, never a wrong answer). */
export function formOf(row: ApplicationRow): StoredForm {
  return decodeStored(storedFormSchema, row.form, { table: "applications", id: row.id, column: "form" });
}

/** The stored offers, decoded. */
export function offersOf(row: ApplicationRow): OfferBody[] {
  return decodeStored(offersSchema, row.offers, { table: "applications", id: row.id, column: "offers" });
}

/** The stored approvals, decoded. */
export function approvalsOf(row: ApplicationRow): { sub: string; at: string }[] {
  return decodeStored(approvalsSchema, row.approvals, { table: "applications", id: row.id, column: "approvals" });
}

/** The stored state, decoded. */
export function stateOf(row: ApplicationRow) {
  if (isApplicationState(row.state)) return row.state;
  return decodeStored(applicationStateSchema, row.state, { table: "applications", id: row.id, column: "state" });
}

/**
 * An application row as the API returns it: the form's fields, the state with the commands it accepts,
 * and the lifecycle record.
 *
 * @example
 * return c.json(toApplicationBody(row), 200);
 */
export function toApplicationBody(row: ApplicationRow): ApplicationBody {
  const state = stateOf(row);
  return {
    object: "application",
    id: row.id,
    ...formOf(row),
    state,
    allowedCommands: [...allowedCommands(state)],
    assignee: row.assignee,
    decisionId: row.decisionId,
    approvals: approvalsOf(row),
    acceptedOfferId: row.acceptedOfferId,
    fundingDate: row.fundingDate,
    loanId: row.loanId,
    stateHistory: decodeStored(historySchema, row.stateHistory, {
      table: "applications",
      id: row.id,
      column: "state_history",
    }),
    version: row.version,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A disbursement row as the API returns it. @example c.json(toDisbursementBody(row), 200) */
export function toDisbursementBody(row: DisbursementRow): DisbursementBody {
  return {
    object: "disbursement",
    id: row.id,
    applicationId: row.applicationId,
    loanId: row.loanId,
    currency: row.currency,
    amount: toJsonInteger(BigInt(row.amount), "disbursement"),
    method: decodeStored(z.enum(["ach", "wire", "check", "merchant_settlement"]), row.method, {
      table: "disbursements",
      id: row.id,
      column: "method",
    }),
    payeeName: row.payeeName,
    payeeReference: row.payeeReference,
    status: decodeStored(z.enum(["pending", "sent", "settled", "failed"]), row.status, {
      table: "disbursements",
      id: row.id,
      column: "status",
    }),
    failureReason: row.failureReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
