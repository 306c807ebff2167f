import { type LocalDate, parseLocalDate } from "@lendstack/core/calendar";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { parseMoneyInput } from "@lendstack/core/money";
import {
  type FeeTreatment,
  originationFeeMinor,
  type ProductDefinition,
  toScheduleTerms,
} from "@lendstack/core/products";
import { buildSchedule, type ScheduleTerms } from "@lendstack/core/schedule";
import {
  type LoanEvent,
  type LoanState,
  pinnedPolicy,
  policyFromProduct,
  replay,
  validateEvent,
} from "@lendstack/core/servicing";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { Db, Executor } from "../db/database.js";
import type { LoanRow } from "../db/schema/index.js";
import { inRequestTerms } from "../http/request-paths.js";
import { checkSafeIntegers } from "../http/safe-integer.js";
import { loadOfferedProduct } from "../products/offered-product.js";
import { CHECKPOINT_KEY, todayOf } from "./append-event.js";
import { checkBoardingLinks, duplicateFromViolation } from "./boarding-links.js";
import { stateFromCheckpoint } from "./checkpoint-continue.js";
import { findForRead } from "./checkpoint-store.js";
import { decodeLoan, encodePolicy, encodeTerms, eventColumns, rowToEvent } from "./codec.js";
import { type LoadedLoan, loadLoan, loanNotFound, withEvents } from "./load.js";
import type { BoardLoanRequest } from "./schemas.js";
import { type LoanListQuery, loansStore } from "./store.js";

/** The first disbursement: the whole principal, or the requested first tranche (positive, at most the principal). */
function firstTranche(request: BoardLoanRequest, principalMinor: bigint): Result<bigint> {
  if (request.initialDisbursement === undefined) return ok(principalMinor);
  const path = ["initialDisbursement"];
  const money = parseMoneyInput({ amount: request.initialDisbursement, currency: request.currency });
  if (!money.ok) return fail(money.error.code, money.error.message, path, money.error.details);
  if (money.value.amountMinor > principalMinor) {
    return fail("disbursement_exceeds_principal", "the first tranche exceeds the loan amount", path);
  }
  return ok(money.value.amountMinor);
}

/**
 * The product's origination fee on the first disbursement, so servicing books it: a `deducted` fee is
 * withheld from the proceeds, and so is a `financed` one (the principal already includes it: the
 * borrower receives the requested amount); a `prepaid` fee is paid in cash at closing. Either way the
 * borrower owes the whole principal and the fee is fee income on the disbursement date.
 */
function originationFeeFields(treatment: FeeTreatment | undefined, feeMinor: bigint) {
  if (treatment === undefined || feeMinor === 0n) return {};
  return treatment === "prepaid" ? { prepaidFeesMinor: feeMinor } : { deductedFeesMinor: feeMinor };
}

/** A deducted fee that leaves nothing to pay out points at the amount disbursed by this request. */
function feePath(request: BoardLoanRequest): ReadonlyArray<string> {
  return request.initialDisbursement === undefined ? ["amount"] : ["initialDisbursement"];
}

/** Terms, policy and the disbursement for a request under a product; nothing stored. */
function underwrite(product: ProductDefinition, request: BoardLoanRequest, disbursementId: string) {
  const money = parseMoneyInput({ amount: request.amount, currency: request.currency });
  if (!money.ok) return money;
  const terms = toScheduleTerms(product, {
    amountMinor: money.value.amountMinor,
    currency: money.value.currency,
    disbursementDate: request.disbursementDate,
    ...(request.numberOfPayments === undefined ? {} : { numberOfPayments: request.numberOfPayments }),
    ...(request.frequency === undefined ? {} : { frequency: request.frequency }),
    ...(request.ratePercent === undefined ? {} : { ratePercent: request.ratePercent }),
    ...(request.firstPaymentDate === undefined ? {} : { firstPaymentDate: request.firstPaymentDate }),
  });
  if (!terms.ok) return inRequestTerms(terms.error);
  const policy = policyFromProduct(product, "accrual");
  if (!policy.ok) return fail(policy.error.code, policy.error.message, ["productId"], policy.error.details);
  const first = firstTranche(request, terms.value.principalMinor);
  if (!first.ok) return first;
  const fee = product.fees.origination;
  const feeMinor = originationFeeMinor(product, money.value.amountMinor);
  const disbursement: LoanEvent = {
    id: disbursementId,
    type: "disbursement",
    effectiveDate: terms.value.disbursementDate,
    amountMinor: first.value,
    postedAt: 1,
    ...originationFeeFields(fee?.treatment, feeMinor),
  };
  const boarding = {
    requestedAmountMinor: money.value.amountMinor.toString(),
    ...(fee === undefined ? {} : { originationFee: { amountMinor: feeMinor.toString(), treatment: fee.treatment } }),
  };
  return ok({ loan: { terms: terms.value, policy: policy.value }, disbursement, boarding });
}

/**
 * Terms whose schedule holds a figure beyond 2^53 − 1 minor units (a huge rate over a long term: the total of
 * payments, an installment) are refused with `unsafe_integer` at the amount, the figures a quote of the same
 * terms refuses (http/safe-integer.ts). A view that still meets one later (penalties far past maturity) is a
 * 422 too, never a 500.
 */
function checkTermsRepresentable(terms: ScheduleTerms): Result<true> {
  const schedule = buildSchedule(terms);
  const safe = schedule.ok ? checkSafeIntegers(schedule.value, "loan's schedule") : ok(true as const);
  return safe.ok ? safe : fail(safe.error.code, safe.error.message, ["amount"]);
}

/** The application and offer a funded loan came from (origination's funding boards with them). */
export interface LoanOrigin {
  readonly applicationId?: string;
  readonly offerId?: string;
}

/** A boarded loan with its state after boarding. @example const { row, state } = unwrap(await boardLoan(db, context, request)); */
export interface LoanWithState {
  readonly row: LoanRow;
  readonly state: LoanState;
}

/**
 * Boards a loan: loads the product version (current unless given), checks the request with core's
 * `toScheduleTerms` (`amount_out_of_range`, `rate_out_of_range`, `currency_not_allowed`, `term_out_of_range`,
 * `frequency_not_allowed`, `invalid_date`, … with paths into the request), maps the product to a servicing
 * policy (`unsupported_product` when servicing cannot honor it), replays the disbursement with the
 * product's origination fee on it (`unsupported_terms` for flat interest; `fees_exceed_disbursement` at
 * the amount when a deducted or financed fee leaves nothing to pay out), then stores the loan, its
 * disbursement event (sequence 1) and the audit record in one transaction.
 *
 * @example
 * const result = await boardLoan(db, context, { productId: "prd_…", amount: 1_000_000, currency: "USD", disbursementDate: "2026-01-15" });
 */
export async function boardLoan(
  db: Db,
  context: ChangeContext,
  request: BoardLoanRequest,
  origin: LoanOrigin = {},
): Promise<Result<LoanWithState>> {
  const disbursed = parseLocalDate(request.disbursementDate, ["disbursementDate"]);
  if (!disbursed.ok) return disbursed;
  if (request.firstPaymentDate !== undefined) {
    const first = parseLocalDate(request.firstPaymentDate, ["firstPaymentDate"]);
    if (!first.ok) return first;
  }
  try {
    return await db.transaction((tx) => boardInTransaction(tx, context, request, origin));
  } catch (error) {
    const duplicate = await duplicateFromViolation(error, db, context.tenantId, request);
    if (duplicate !== undefined) return duplicate;
    throw error;
  }
}

async function boardInTransaction(
  tx: Executor,
  context: ChangeContext,
  request: BoardLoanRequest,
  origin: LoanOrigin,
): Promise<Result<LoanWithState>> {
  const product = await loadOfferedProduct(tx, context.tenantId, request.productId, request.productVersion);
  if (!product.ok) return product;
  const links = await checkBoardingLinks(tx, context.tenantId, request);
  if (!links.ok) return links;
  const prepared = underwrite(product.value.definition, request, context.ids.next("dsb"));
  if (!prepared.ok) return prepared;
  const { loan, disbursement, boarding } = prepared.value;
  const today = todayOf(context);
  const state = validateEvent(loan, [], disbursement, today);
  if (!state.ok && state.error.code === "fees_exceed_disbursement") {
    return fail(state.error.code, state.error.message, feePath(request), state.error.details);
  }
  if (!state.ok) return inRequestTerms(state.error);
  // Validated as of the disbursement; a loan disbursed after today is `pending` until that date.
  const current = disbursement.effectiveDate > today ? replay(loan, [disbursement], today) : state;
  if (!current.ok) return inRequestTerms(current.error);
  const safe = checkTermsRepresentable(loan.terms);
  if (!safe.ok) return safe;
  const row: Omit<LoanRow, "tenantId"> = {
    id: context.ids.next("loan"),
    productId: request.productId,
    productVersion: product.value.version,
    currency: loan.terms.currency,
    principalMinor: loan.terms.principalMinor,
    status: current.value.status,
    version: 1,
    terms: encodeTerms(loan.terms),
    policy: encodePolicy(pinnedPolicy(loan)),
    boarding,
    disbursementDate: loan.terms.disbursementDate,
    externalReference: request.externalReference ?? null,
    borrowerReference: request.borrowerReference ?? null,
    decisionId: request.decisionId ?? null,
    applicationId: origin.applicationId ?? null,
    offerId: origin.offerId ?? null,
    createdAt: context.now,
    updatedAt: context.now,
  };
  const store = loansStore(tx, context.tenantId);
  await store.insert(row);
  await store.insertEvent({
    ...eventColumns(disbursement),
    loanId: row.id,
    sequence: 1,
    recordedAt: context.now,
    recordedBy: context.actor,
  });
  await writeAudit(tx, context, {
    action: "loan.boarded",
    resourceType: "loan",
    resourceId: row.id,
    details: { productId: row.productId, productVersion: row.productVersion, disbursementId: disbursement.id },
  });
  return ok({ row: { ...row, tenantId: context.tenantId }, state: current.value });
}

/**
 * The loan as of `asOf` (the business date; events dated later are not applied), by a full `replay` of
 * its stored events.
 *
 * @example
 * const result = await getLoanState(db, "demo", "loan_…", date("2026-06-30"));
 */
export async function getLoanState(
  executor: Executor,
  tenantId: string,
  loanId: string,
  asOf: LocalDate,
): Promise<Result<LoanWithState & { readonly loaded: LoadedLoan }>> {
  const loaded = await loadLoan(loansStore(executor, tenantId), loanId);
  if (!loaded.ok) return loaded;
  const { loan, events, row } = loaded.value;
  const state = replay(loan, events, asOf);
  if (!state.ok) return state;
  return ok({ row, state: state.value, loaded: loaded.value });
}

/**
 * The loan as of `asOf` for its summary read: continued from its checkpoint and the few events after it when
 * `asOf` is on or after them (no full replay; core proves the two equal), else as `getLoanState`. The state's history
 * (transactions, journal) is then only its last days': read those with `getLoanState`.
 *
 * @example
 * const result = await getLoanSummary(db, "demo", "loan_…", date("2026-06-30"));
 */
export async function getLoanSummary(
  executor: Executor,
  tenantId: string,
  loanId: string,
  asOf: LocalDate,
): Promise<Result<LoanWithState>> {
  const found = await findForRead(executor, tenantId, loanId, CHECKPOINT_KEY);
  if (found === undefined) return loanNotFound(loanId);
  const state =
    found.checkpoint === null ? undefined : stateFromCheckpoint(found.row, found.checkpoint, found.tail, asOf);
  if (state !== undefined) return ok({ row: found.row, state });
  // A loan without a checkpoint came with its events; one whose checkpoint cannot answer `asOf` reads them now.
  const { loan, events } =
    found.events === undefined
      ? await withEvents(loansStore(executor, tenantId), found.row)
      : { loan: decodeLoan(found.row), events: found.events.map(rowToEvent) };
  const replayed = replay(loan, events, asOf);
  return replayed.ok ? ok({ row: found.row, state: replayed.value }) : replayed;
}

/**
 * Loans in id (boarding) order, filtered, `take` at most, after `after`.
 *
 * @example
 * const rows = await listLoans(db, "demo", { take: 21 });
 */
export async function listLoans(executor: Executor, tenantId: string, query: LoanListQuery): Promise<LoanRow[]> {
  return loansStore(executor, tenantId).list(query);
}
