import { and, asc, eq, gt } from "drizzle-orm";
import type { ChangeContext } from "../db/audit.js";
import { applications } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { lockApplication, moveApplication } from "./lifecycle.js";
import { currentOffers } from "./offer-actions.js";
import { stateOf, toApplicationBody } from "./view.js";

/** Offered applications read per query while looking for lapsed ones. */
const PAGE = 500;

/** The tenants with an application waiting on its offers. */
export async function tenantsWithOfferedApplications(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ tenantId: applications.tenantId })
    .from(applications)
    .where(eq(applications.state, "offered"));
  return rows.map((row) => row.tenantId);
}

/**
 * The close's origination step for one tenant: an `offered` application whose every offer has lapsed (none is
 * open at `context.now`: each expired, or void) expires — its offers are stored as `expired`, it moves to
 * `expired` (audited) and `application.expired` is recorded, each application in its own transaction under
 * its row lock, so a borrower accepting at the same moment either wins (the offer was still open) or gets
 * 409 `illegal_transition`. Returns how many expired.
 *
 * @example
 * const expired = await expireLapsedApplications(db, context);
 */
export async function expireLapsedApplications(db: Db, context: ChangeContext): Promise<number> {
  let expired = 0;
  for (let after = ""; ; ) {
    const page = await db
      .select()
      .from(applications)
      .where(
        and(eq(applications.tenantId, context.tenantId), eq(applications.state, "offered"), gt(applications.id, after)),
      )
      .orderBy(asc(applications.id))
      .limit(PAGE);
    for (const row of page) {
      if (currentOffers(row, context.now).some((offer) => offer.status === "open")) continue;
      if (await expireOne(db, context, row.id)) expired += 1;
    }
    if (page.length < PAGE) return expired;
    after = page.at(-1)?.id ?? after;
  }
}

async function expireOne(db: Db, context: ChangeContext, applicationId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const locked = await lockApplication(tx, context, applicationId);
    if (!locked.ok || stateOf(locked.value) !== "offered") return false;
    const offers = currentOffers(locked.value, context.now);
    if (offers.some((offer) => offer.status === "open")) return false;
    const moved = await moveApplication(tx, context, locked.value, [{ type: "expire" }], { offers });
    if (!moved.ok) return false;
    await recordEvent(tx, context, {
      type: "application.expired",
      resourceType: "application",
      resourceId: applicationId,
      data: toApplicationBody(moved.value),
    });
    return true;
  });
}
