import type { z } from "@hono/zod-openapi";
import { fail, type Result } from "@lendstack/core/errors";
import { parseDecimal } from "@lendstack/core/money";
import { acceptOffer, counterOffer, expireOffers } from "@lendstack/core/origination";
import type { ChangeContext } from "../db/audit.js";
import type { ApplicationRow } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { todayOf } from "../loans/append-event.js";
import { applicationProduct, lockApplication, moveApplication } from "./lifecycle.js";
import { priceOptions } from "./pricing.js";
import type { counterOfferSchema } from "./request-schemas.js";
import { formOf, offersOf } from "./view.js";

/** The offers as of now: open offers past their expiry read as `expired`. */
export function currentOffers(row: ApplicationRow, now: Date) {
  const expired = expireOffers(offersOf(row), now.toISOString());
  return expired.ok ? [...expired.value] : offersOf(row);
}

/**
 * Accepts one open, unexpired offer of an offered application: it becomes `accepted`, every other open one
 * `void`, and the application `accepted`. An expired, void or already accepted offer is 409, an unknown one 404.
 *
 * @example
 * await acceptApplicationOffer(db, context, "app_…", "ofr_…");
 */
export async function acceptApplicationOffer(
  db: Db,
  context: ChangeContext,
  applicationId: string,
  offerId: string,
): Promise<Result<ApplicationRow>> {
  const locked = await lockApplication(db, context, applicationId);
  if (!locked.ok) return locked;
  const accepted = acceptOffer(currentOffers(locked.value, context.now), offerId, context.now.toISOString());
  if (!accepted.ok) return fail(accepted.error.code, accepted.error.message, ["offerId"], { offerId });
  return moveApplication(
    db,
    context,
    locked.value,
    [{ type: "accept" }],
    { offers: [...accepted.value], acceptedOfferId: offerId },
    { offerId },
  );
}

/**
 * A counter-offer: a new open offer on changed terms (amount, term or rate; the rest as the countered one),
 * priced like every offer; the countered one becomes `void`. The application stays `offered`.
 *
 * @example
 * await counterApplicationOffer(db, context, "app_…", "ofr_…", { numberOfPayments: 48 });
 */
export async function counterApplicationOffer(
  db: Db,
  context: ChangeContext,
  applicationId: string,
  offerId: string,
  changes: z.infer<typeof counterOfferSchema>,
): Promise<Result<ApplicationRow>> {
  const locked = await lockApplication(db, context, applicationId);
  if (!locked.ok) return locked;
  const row = locked.value;
  const offers = currentOffers(row, context.now);
  const countered = offers.find((offer) => offer.id === offerId);
  if (countered === undefined) return fail("offer_not_found", `No offer ${offerId} on this application.`, ["offerId"]);
  const rate = parseDecimal(changes.ratePercent ?? countered.ratePercent);
  if (!rate.ok) return fail(rate.error.code, rate.error.message, ["ratePercent"]);
  const product = await applicationProduct(db, context.tenantId, row);
  if (!product.ok) return product;
  const option = {
    id: context.ids.next("ofr"),
    amountMinor: BigInt(changes.amount ?? countered.amount),
    numberOfPayments: changes.numberOfPayments ?? countered.numberOfPayments,
  };
  const input = {
    product: product.value.definition,
    productVersion: product.value.version,
    form: formOf(row),
    disbursementDate: todayOf(context),
  };
  const priced = priceOptions(context, input, rate.value, [option], offerId);
  if (!priced.ok) return priced;
  const [counter] = priced.value;
  if (counter === undefined) throw new Error("pricing one option gave no offer");
  const settled = counterOffer(offers, offerId, counter, context.now.toISOString());
  if (!settled.ok) return fail(settled.error.code, settled.error.message, ["offerId"], { offerId });
  return moveApplication(db, context, row, [{ type: "counter_offer" }], { offers: [...settled.value] }, { offerId });
}
