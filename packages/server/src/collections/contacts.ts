import { checkTimeZone } from "@lendstack/core/collections";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { type CollectionContactRow, type ContactPreferencesRow, collectionContacts } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { loanNotFound } from "../loans/load.js";
import { loansStore } from "../loans/store.js";
import { findParty } from "../parties/store.js";
import { loadTenantSettings } from "../tenants/store.js";
import { checkCall, checkPreferences } from "./contact-rules.js";
import type { ContactPreferencesInput, LogContactInput } from "./contact-schemas.js";
import { findPreferences, phoneContactsBetween, savePreferences } from "./contact-store.js";

const DAY_MILLISECONDS = 86_400_000;

/**
 * The zone Regulation F's hours are read in: the borrower's stated zone on the loan's contact preferences,
 * else the tenant's time zone (its settings). A party's address is not mapped to a zone.
 *
 * @example
 * const zone = await borrowerTimeZone(db, "acme", preferences);
 */
export async function borrowerTimeZone(
  db: Db,
  tenantId: string,
  preferences: ContactPreferencesRow | undefined,
): Promise<string> {
  return preferences?.timeZone ?? (await loadTenantSettings(db, tenantId)).timeZone;
}

async function checkOutbound(
  db: Db,
  context: ChangeContext,
  loanId: string,
  input: LogContactInput,
): Promise<Result<true>> {
  const preferences = await findPreferences(db, context.tenantId, loanId);
  const timeZone = await borrowerTimeZone(db, context.tenantId, preferences);
  const allowed = checkPreferences(preferences, input, timeZone);
  if (!allowed.ok || input.channel !== "phone") return allowed;
  // Every 7-day window that could hold the call lies within 8 days of it, in any time zone.
  const at = Date.parse(input.occurredAt);
  const history = await phoneContactsBetween(
    db,
    context.tenantId,
    loanId,
    new Date(at - 8 * DAY_MILLISECONDS),
    new Date(at + 8 * DAY_MILLISECONDS),
  );
  return checkCall(input, history, timeZone);
}

/**
 * Logs a contact on a loan, with an audit record. An outbound one is checked first (the borrower's flags and
 * hours, and for a call Regulation F against the loan's phone history, under the loan's row lock so two
 * calls logged at once are counted one after the other); a refused one is not stored.
 *
 * @example
 * const logged = await logContact(db, context, "loan_…", { channel: "phone", direction: "outbound", outcome: "no_answer", rightPartyContact: false, occurredAt });
 */
export async function logContact(
  db: Db,
  context: ChangeContext,
  loanId: string,
  input: LogContactInput,
): Promise<Result<CollectionContactRow>> {
  const loan = await loansStore(db, context.tenantId).find(loanId, { forUpdate: true });
  if (loan === undefined) return loanNotFound(loanId);
  if (input.partyId !== undefined && (await findParty(db, context.tenantId, input.partyId)) === undefined) {
    return fail("party_not_found", `No party ${input.partyId} in this tenant.`, ["partyId"]);
  }
  if (input.direction === "outbound") {
    const allowed = await checkOutbound(db, context, loanId, input);
    if (!allowed.ok) return allowed;
  }
  const [row] = await db
    .insert(collectionContacts)
    .values({
      tenantId: context.tenantId,
      id: context.ids.next("cnt"),
      loanId,
      partyId: input.partyId ?? null,
      channel: input.channel,
      direction: input.direction,
      outcome: input.outcome,
      rightPartyContact: input.rightPartyContact,
      occurredAt: new Date(input.occurredAt),
      notes: input.notes ?? null,
      createdBy: context.actor,
      createdAt: context.now,
    })
    .returning();
  if (row === undefined) throw new Error("contact insert returned no row");
  await writeAudit(db, context, {
    action: "contact.logged",
    resourceType: "loan",
    resourceId: loanId,
    details: { contactId: row.id, channel: row.channel, direction: row.direction, outcome: row.outcome },
  });
  return ok(row);
}

/**
 * Replaces a loan's contact preferences (time zone checked against Intl: 422 `invalid_time_zone`), with an
 * audit record.
 *
 * @example
 * const saved = await setContactPreferences(db, context, "loan_…", { timeZone: "America/Chicago", ceaseCommunication: false, channels: {} });
 */
export async function setContactPreferences(
  db: Db,
  context: ChangeContext,
  loanId: string,
  input: ContactPreferencesInput,
): Promise<Result<ContactPreferencesRow>> {
  const loan = await loansStore(db, context.tenantId).find(loanId, { forUpdate: true });
  if (loan === undefined) return loanNotFound(loanId);
  if (input.timeZone !== null) {
    const zone = checkTimeZone(input.timeZone, ["timeZone"]);
    if (!zone.ok) return zone;
  }
  const channels = Object.fromEntries(Object.entries(input.channels).filter(([, value]) => value !== undefined));
  const saved = await savePreferences(db, {
    tenantId: context.tenantId,
    loanId,
    timeZone: input.timeZone,
    ceaseCommunication: input.ceaseCommunication,
    channels: channels as ContactPreferencesRow["channels"],
    updatedBy: context.actor,
    createdAt: context.now,
    updatedAt: context.now,
  });
  await writeAudit(db, context, {
    action: "contact_preferences.updated",
    resourceType: "loan",
    resourceId: loanId,
    details: { timeZone: saved.timeZone, ceaseCommunication: saved.ceaseCommunication, channels: saved.channels },
  });
  return ok(saved);
}
