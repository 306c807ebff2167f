import type {
  CollectionContactRow,
  ContactPreferencesRow,
  HardshipPlanRow,
  PromiseToPayRow,
  SettlementRow,
} from "../db/schema/index.js";
import { toJsonInteger } from "../http/safe-integer.js";
import type { ContactBody, ContactPreferencesBody } from "./contact-schemas.js";
import type { HardshipPlanBody } from "./hardship-schemas.js";
import type { PromiseBody } from "./promise-schemas.js";
import type { SettlementBody } from "./settlement-schemas.js";

/** A contact on the wire. @example toContactBody(row).object // "contact" */
export function toContactBody(row: CollectionContactRow): ContactBody {
  return {
    id: row.id,
    object: "contact",
    loanId: row.loanId,
    partyId: row.partyId,
    channel: row.channel as ContactBody["channel"],
    direction: row.direction as ContactBody["direction"],
    outcome: row.outcome as ContactBody["outcome"],
    rightPartyContact: row.rightPartyContact,
    occurredAt: row.occurredAt.toISOString(),
    notes: row.notes,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A loan's preferences on the wire (the defaults when never set). @example toPreferencesBody("loan_…", undefined, "UTC") */
export function toPreferencesBody(
  loanId: string,
  row: ContactPreferencesRow | undefined,
  tenantTimeZone: string,
): ContactPreferencesBody {
  return {
    object: "contact_preferences",
    loanId,
    timeZone: row?.timeZone ?? null,
    effectiveTimeZone: row?.timeZone ?? tenantTimeZone,
    ceaseCommunication: row?.ceaseCommunication ?? false,
    channels: Object.fromEntries(
      Object.entries(row?.channels ?? {}).map(([channel, preference]) => [
        channel,
        { ...preference, preferredTimes: [...preference.preferredTimes] },
      ]),
    ),
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

/** A promise on the wire. @example toPromiseBody(row).status // "pending" */
export function toPromiseBody(row: PromiseToPayRow): PromiseBody {
  return {
    id: row.id,
    object: "promise",
    loanId: row.loanId,
    amount: toJsonInteger(row.amountMinor, "promise"),
    currency: row.currency,
    dueDate: row.dueDate,
    promisedOn: row.promisedOn,
    channel: row.channel as PromiseBody["channel"],
    status: row.status as PromiseBody["status"],
    paid: row.paidMinor === null ? null : toJsonInteger(row.paidMinor, "promise"),
    keptOn: row.keptOn,
    resolvedOn: row.resolvedOn,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A hardship plan on the wire. @example toHardshipPlanBody(row).type // "deferral" */
export function toHardshipPlanBody(row: HardshipPlanRow): HardshipPlanBody {
  return {
    id: row.id,
    object: "hardship_plan",
    loanId: row.loanId,
    type: row.type as HardshipPlanBody["type"],
    reason: row.reason,
    approvedBy: row.approvedBy,
    terms: row.terms as HardshipPlanBody["terms"],
    eventId: row.eventId,
    taskId: row.taskId,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A settlement on the wire. @example toSettlementBody(row).status // "active" */
export function toSettlementBody(row: SettlementRow): SettlementBody {
  const money = (value: bigint) => toJsonInteger(value, "settlement");
  return {
    id: row.id,
    object: "settlement",
    loanId: row.loanId,
    status: row.status as SettlementBody["status"],
    amount: money(row.amountMinor),
    currency: row.currency,
    balance: money(row.balanceMinor),
    forgiven: money(row.forgivenMinor),
    loanStatus: row.loanStatus as SettlementBody["loanStatus"],
    planType: row.planType as SettlementBody["planType"],
    schedule: row.schedule.map((item) => ({
      number: item.number,
      dueDate: item.dueDate,
      amount: money(BigInt(item.amountMinor)),
    })),
    graceDays: row.graceDays,
    expiresOn: row.expiresOn,
    createdOn: row.createdOn,
    reason: row.reason,
    approvedBy: row.approvedBy,
    paid: money(row.paidMinor),
    completedOn: row.completedOn,
    forgivenessEventId: row.forgivenessEventId,
    brokenOn: row.brokenOn,
    missedInstallment: row.missedInstallment,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
