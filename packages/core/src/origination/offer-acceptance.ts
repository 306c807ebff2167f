import type { DomainError, Result } from "../errors/index.js";
import { type Instant, parseInstant } from "./instant.js";
import type { Offer } from "./offers.js";

/**
 * Why an offer cannot be accepted or countered: `offer_not_found` (404), `offer_expired`,
 * `offer_void`, `offer_already_accepted` (409).
 *
 * @example const e: OfferError = { code: "offer_expired", message: "…", offerId: "ofr_1", status: "open" };
 */
export interface OfferError extends DomainError {
  readonly code: "offer_not_found" | "offer_expired" | "offer_void" | "offer_already_accepted";
  readonly offerId: string;
  readonly status?: Offer["status"];
}

/**
 * What accepting, countering and expiring read of an offer: any offer shape that carries these (core's
 * priced `Offer`, or a server's stored one) goes through the same rules.
 *
 * @example const lifecycle: OfferLifecycle = { id: "ofr_1", status: "open", expiresAt: "2026-04-01T14:05:00Z" };
 */
export interface OfferLifecycle {
  readonly id: string;
  readonly status: Offer["status"];
  readonly expiresAt: Instant;
  readonly counterOf?: string | null | undefined;
}

function refuse(code: OfferError["code"], offerId: string, message: string, status?: Offer["status"]) {
  const error: OfferError = { code, message, offerId, ...(status === undefined ? {} : { status }) };
  return { ok: false as const, error };
}

function isPast(offer: OfferLifecycle, atMs: number): boolean {
  const expires = parseInstant(offer.expiresAt);
  return !expires.ok || atMs >= expires.value;
}

/** Finds an offer that is still open and not past its expiry at `atMs`. */
function openOffer<T extends OfferLifecycle>(
  offers: ReadonlyArray<T>,
  offerId: string,
  atMs: number,
): Result<T, OfferError> {
  const offer = offers.find((each) => each.id === offerId);
  if (offer === undefined) return refuse("offer_not_found", offerId, `no offer ${offerId} on this application`);
  if (offer.status === "accepted")
    return refuse("offer_already_accepted", offerId, `offer ${offerId} is already accepted`, offer.status);
  if (offer.status === "void") return refuse("offer_void", offerId, `offer ${offerId} is void`, offer.status);
  if (offer.status === "expired" || isPast(offer, atMs)) {
    return refuse("offer_expired", offerId, `offer ${offerId} expired at ${offer.expiresAt}`, offer.status);
  }
  return { ok: true, value: offer };
}

/**
 * Marks every open offer whose expiry is at or before `at` as `expired` (a daily job, or before
 * listing offers).
 *
 * @example expireOffers(offers, "2026-04-02T00:00:00Z").filter((o) => o.status === "expired")
 */
export function expireOffers<T extends OfferLifecycle>(
  offers: ReadonlyArray<T>,
  at: Instant,
): Result<ReadonlyArray<T>> {
  const atMs = parseInstant(at, ["at"]);
  if (!atMs.ok) return atMs;
  return {
    ok: true,
    value: offers.map((o) => (o.status === "open" && isPast(o, atMs.value) ? { ...o, status: "expired" } : o)),
  };
}

/**
 * Accepts one offer at `at`: it becomes `accepted` and every other open offer `void`. The offer
 * must be open and not expired at `at` (an offer expires at its `expiresAt`, inclusive):
 * `offer_expired`, `offer_void`, `offer_already_accepted`, `offer_not_found`; a bad `at` is
 * `invalid_instant`.
 *
 * @example acceptOffer(offers, "ofr_2", "2026-03-05T10:00:00Z") // ok([{ id: "ofr_1", status: "void" }, { id: "ofr_2", status: "accepted" }])
 */
export function acceptOffer<T extends OfferLifecycle>(
  offers: ReadonlyArray<T>,
  offerId: string,
  at: Instant,
): Result<ReadonlyArray<T>, OfferError | DomainError> {
  const atMs = parseInstant(at, ["at"]);
  if (!atMs.ok) return atMs;
  const chosen = openOffer(offers, offerId, atMs.value);
  if (!chosen.ok) return chosen;
  const settled = offers.map((o): T => {
    if (o.id === offerId) return { ...o, status: "accepted" };
    return o.status === "open" ? { ...o, status: "void" } : o;
  });
  return { ok: true, value: settled };
}

/**
 * Records a counter-offer: `counter` (built by `buildOffers` with `counterOf: offerId`) is added
 * as a new open offer and the offer it counters becomes `void`; other offers stay as they are.
 * The countered offer must be open and unexpired at `at` (`OfferError` codes as `acceptOffer`);
 * the counter's `counterOf` must name it (`invalid_counter_offer`).
 *
 * @example counterOffer(offers, "ofr_1", counter, "2026-03-05T10:00:00Z")
 */
export function counterOffer<T extends OfferLifecycle>(
  offers: ReadonlyArray<T>,
  offerId: string,
  counter: T,
  at: Instant,
): Result<ReadonlyArray<T>, OfferError | DomainError> {
  const atMs = parseInstant(at, ["at"]);
  if (!atMs.ok) return atMs;
  const countered = openOffer(offers, offerId, atMs.value);
  if (!countered.ok) return countered;
  if (counter.counterOf !== offerId || counter.status !== "open" || offers.some((o) => o.id === counter.id)) {
    const message = "a counter-offer is a new open offer whose counterOf names the offer it counters";
    return { ok: false, error: { code: "invalid_counter_offer", message } };
  }
  return { ok: true, value: [...offers.map((o): T => (o.id === offerId ? { ...o, status: "void" } : o)), counter] };
}
