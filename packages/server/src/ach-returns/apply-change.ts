import type { AchChangeNotice } from "@lendstack/core/payments";
import { and, eq } from "drizzle-orm";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { achEntries } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { sealAccountNumber } from "../payment-instruments/sealed.js";
import { findInstrument, updateInstrument } from "../payment-instruments/store.js";
import { toInstrumentBody } from "../payment-instruments/view.js";
import type { TenantKeys } from "../pii/tenant-keys.js";
import type { ChangeOutcome } from "./schemas.js";

/**
 * Applies one notification of change to the instrument the original debit used: a corrected account number
 * (sealed again), routing number or account type, with an audit record and `payment_instrument.updated`.
 *
 * @example
 * const outcome = await applyChange(tx, context, keys, notice);
 */
export async function applyChange(
  db: Db,
  context: ChangeContext,
  keys: TenantKeys,
  notice: AchChangeNotice,
): Promise<ChangeOutcome> {
  const base = {
    traceNumber: notice.originalTraceNumber,
    changeCode: notice.changeCode,
    instrumentId: null,
    updatedFields: [],
  };
  const [entry] = await db
    .select()
    .from(achEntries)
    .where(and(eq(achEntries.tenantId, context.tenantId), eq(achEntries.traceNumber, notice.originalTraceNumber)));
  const instrument = entry === undefined ? undefined : await findInstrument(db, context.tenantId, entry.instrumentId);
  if (instrument === undefined) return { ...base, problem: "no debit has this trace number" };
  if (!notice.correction.ok) return { ...base, instrumentId: instrument.id, problem: notice.correction.error.message };
  const correction = notice.correction.value;
  const change = {
    ...(correction.accountNumber === undefined
      ? {}
      : {
          accountNumberCiphertext: sealAccountNumber(keys, instrument.id, correction.accountNumber),
          accountLastFour: correction.accountNumber.slice(-4),
        }),
    ...(correction.routingNumber === undefined ? {} : { routingNumber: correction.routingNumber }),
    ...(correction.accountKind === undefined ? {} : { accountType: correction.accountKind }),
  };
  const updatedFields = [
    ...(correction.accountNumber === undefined ? [] : ["accountNumber"]),
    ...(correction.routingNumber === undefined ? [] : ["routingNumber"]),
    ...(correction.accountKind === undefined ? [] : ["accountType"]),
  ];
  if (updatedFields.length === 0) return { ...base, instrumentId: instrument.id, problem: "nothing to correct" };
  const updated = await updateInstrument(db, context.tenantId, instrument.id, { ...change, updatedAt: context.now });
  await writeAudit(db, context, {
    action: "payment_instrument.corrected",
    resourceType: "payment_instrument",
    resourceId: instrument.id,
    details: { changeCode: notice.changeCode, fields: updatedFields },
  });
  await recordEvent(db, context, {
    type: "payment_instrument.updated",
    resourceType: "payment_instrument",
    resourceId: instrument.id,
    data: toInstrumentBody(updated, undefined),
  });
  return { ...base, instrumentId: instrument.id, updatedFields, problem: null };
}
