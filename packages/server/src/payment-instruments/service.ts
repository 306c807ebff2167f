import { fail, ok, type Result } from "@lendstack/core/errors";
import { parseRoutingNumber } from "@lendstack/core/payments";
import { type PaymentProcessor, sandboxPaymentProcessor } from "../adapters/payment-processor/index.js";
import { suspendEnrollmentsOfInstrument } from "../autopay/store.js";
import { toAutopayBody } from "../autopay/view.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { type PaymentInstrumentRow, paymentInstruments } from "../db/schema/index.js";
import type { Db, Executor } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { findParty } from "../parties/store.js";
import type { MasterKeyring } from "../pii/master-keys.js";
import { tenantKeysFor } from "../pii/tenant-keys.js";
import { businessDateOfChange, microDepositColumns } from "./micro-deposits.js";
import type { PaymentInstrumentCreate } from "./schemas.js";
import { looksLikeCardNumber, sealAccountNumber } from "./sealed.js";
import { updateInstrument } from "./store.js";

/** What the instruments service needs. */
export interface InstrumentsDeps {
  readonly db: Db;
  readonly keyring: MasterKeyring;
  readonly processor: PaymentProcessor;
}

/** @example instrumentsDeps(deps) */
export function instrumentsDeps(deps: {
  readonly db: Db;
  readonly pii: MasterKeyring;
  readonly paymentProcessor?: PaymentProcessor | undefined;
}): InstrumentsDeps {
  return { db: deps.db, keyring: deps.pii, processor: deps.paymentProcessor ?? sandboxPaymentProcessor };
}

type BankInput = Extract<PaymentInstrumentCreate, { type: "bank_account" }>;
type CardInput = Extract<PaymentInstrumentCreate, { type: "card" }>;

async function bankFields(deps: InstrumentsDeps, context: ChangeContext, id: string, input: BankInput) {
  const routing = parseRoutingNumber(input.routingNumber, ["routingNumber"]);
  if (!routing.ok) return routing;
  const verification = await deps.processor.verifyBankAccount({ ...input, routingNumber: routing.value });
  const pending = verification.verificationStatus === "micro_deposits_pending";
  if (pending) await deps.processor.sendMicroDeposits(verification);
  const keys = await tenantKeysFor(deps.db, deps.keyring, context.tenantId, context.now);
  return ok({
    ...verification,
    ...(pending ? microDepositColumns(businessDateOfChange(context)) : {}),
    holderName: input.holderName,
    routingNumber: routing.value as string,
    accountNumberCiphertext: sealAccountNumber(keys, id, input.accountNumber),
    accountLastFour: input.accountNumber.slice(-4),
    accountType: input.accountType,
  });
}

async function cardFields(deps: InstrumentsDeps, input: CardInput) {
  if (looksLikeCardNumber(input.processorToken)) {
    return fail(
      "card_number_refused",
      "This looks like a card number; send the processor's token instead (no card number may reach Lendstack).",
      ["processorToken"],
    );
  }
  if (!/^[A-Za-z0-9_\-:.]+$/.test(input.processorToken)) {
    return fail("invalid_processor_token", "A processor token has letters, digits, _ - : and . only.", [
      "processorToken",
    ]);
  }
  const { brand, lastFour, ...verification } = await deps.processor.verifyCardToken(input.processorToken);
  return ok({
    ...verification,
    holderName: input.holderName ?? null,
    processorToken: input.processorToken,
    cardBrand: brand,
    cardLastFour: lastFour,
  });
}

/**
 * Adds a party's bank account or card: the routing number's check digit verified, the account number
 * sealed, a card known by its processor token only (a card number refused), the processor's verification
 * recorded, and an audit record (without the account number) in the same transaction.
 *
 * @example
 * const created = await createPaymentInstrument(deps, context, "pty_…", { type: "card", processorToken: "tok_sandbox_visa" });
 */
export async function createPaymentInstrument(
  deps: InstrumentsDeps,
  context: ChangeContext,
  partyId: string,
  input: PaymentInstrumentCreate,
): Promise<Result<PaymentInstrumentRow>> {
  if ((await findParty(deps.db, context.tenantId, partyId)) === undefined) {
    return fail("not_found", `No party ${partyId}.`);
  }
  const id = context.ids.next("pmi");
  const fields =
    input.type === "bank_account" ? await bankFields(deps, context, id, input) : await cardFields(deps, input);
  if (!fields.ok) return fields;
  const [row] = await deps.db
    .insert(paymentInstruments)
    .values({
      tenantId: context.tenantId,
      id,
      partyId,
      type: input.type,
      status: "active",
      ...fields.value,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning();
  if (row === undefined) throw new Error("payment instrument insert returned no row");
  await writeAudit(deps.db, context, {
    action: "payment_instrument.created",
    resourceType: "payment_instrument",
    resourceId: id,
    details: { partyId, type: input.type, verificationStatus: row.verificationStatus },
  });
  return ok(row);
}

/**
 * Disables an instrument (kept, never debited again) and suspends the autopay enrollments debiting it, with an
 * audit record; a disabled one is returned as is.
 *
 * @example
 * await disableInstrument(tx, context, row, "requested");
 */
export async function disableInstrument(
  executor: Executor,
  context: ChangeContext,
  row: PaymentInstrumentRow,
  reason: string,
): Promise<PaymentInstrumentRow> {
  if (row.status === "disabled") return row;
  const disabled = await updateInstrument(executor, context.tenantId, row.id, {
    status: "disabled",
    disabledReason: reason,
    disabledAt: context.now,
    updatedAt: context.now,
  });
  await writeAudit(executor, context, {
    action: "payment_instrument.disabled",
    resourceType: "payment_instrument",
    resourceId: row.id,
    details: { reason },
  });
  const suspended = await suspendEnrollmentsOfInstrument(
    executor,
    context.tenantId,
    row.id,
    "instrument_disabled",
    context.now,
  );
  for (const enrollment of suspended) {
    await recordEvent(executor, context, {
      type: "autopay.suspended",
      resourceType: "autopay",
      resourceId: enrollment.id,
      data: toAutopayBody(enrollment),
    });
  }
  return disabled;
}
