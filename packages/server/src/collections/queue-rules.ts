import { DEFAULT_QUEUE_THRESHOLDS, type QueueThresholds } from "../tenants/queue-thresholds.js";

/** The collections queues, earliest stage first. */
export const COLLECTION_QUEUES = ["early_stage", "late_stage", "pre_charge_off", "recovery"] as const;

/** @example const queue: CollectionQueue = "early_stage"; */
export type CollectionQueue = (typeof COLLECTION_QUEUES)[number];

/**
 * What each queue holds under a tenant's thresholds, for the API.
 *
 * @example queueDescriptions(DEFAULT_QUEUE_THRESHOLDS).late_stage // "30-89 days past due"
 */
export function queueDescriptions(thresholds: QueueThresholds): Readonly<Record<CollectionQueue, string>> {
  const { earlyStageDays, lateStageDays, preChargeOffDays } = thresholds;
  return {
    early_stage: `${earlyStageDays}-${lateStageDays - 1} days past due`,
    late_stage: `${lateStageDays}-${preChargeOffDays - 1} days past due`,
    pre_charge_off: `${preChargeOffDays} or more days past due, not charged off`,
    recovery: "Charged off",
  };
}

/**
 * The queue a loan belongs in from its lifecycle status and days past due as of the business date, under the
 * tenant's thresholds (default: early stage 1-29, late stage 30-89, pre-charge-off 90 and over), or null
 * (current, or closed). A charged-off loan is in recovery.
 *
 * @example
 * queueFor("active", 31); // "late_stage"
 */
export function queueFor(
  status: string,
  daysPastDue: number,
  thresholds: QueueThresholds = DEFAULT_QUEUE_THRESHOLDS,
): CollectionQueue | null {
  if (status === "charged-off") return "recovery";
  if (status !== "active") return null;
  if (daysPastDue >= thresholds.preChargeOffDays) return "pre_charge_off";
  if (daysPastDue >= thresholds.lateStageDays) return "late_stage";
  if (daysPastDue >= thresholds.earlyStageDays) return "early_stage";
  return null;
}
