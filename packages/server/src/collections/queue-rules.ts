/** The collections queues, earliest stage first. */
export const COLLECTION_QUEUES = ["early_stage", "late_stage", "pre_charge_off", "recovery"] as const;

/** @example const queue: CollectionQueue = "early_stage"; */
export type CollectionQueue = (typeof COLLECTION_QUEUES)[number];

/**
 * Where each queue starts, in days past due as of the business date (the stage before runs to the day
 * before): early stage 1-29, late stage 30-89, pre-charge-off 90 and over; a charged-off loan is in recovery.
 */
export const QUEUE_THRESHOLDS = Object.freeze({ earlyStageDays: 1, lateStageDays: 30, preChargeOffDays: 90 });

/** What each queue holds, for the API. */
export const QUEUE_DESCRIPTIONS: Readonly<Record<CollectionQueue, string>> = {
  early_stage: "1-29 days past due",
  late_stage: "30-89 days past due",
  pre_charge_off: "90 or more days past due, not charged off",
  recovery: "Charged off",
};

/**
 * The queue a loan belongs in from its lifecycle status and days past due as of the business date, or null
 * (current, or closed).
 *
 * @example
 * queueFor("active", 31); // "late_stage"
 */
export function queueFor(status: string, daysPastDue: number): CollectionQueue | null {
  if (status === "charged-off") return "recovery";
  if (status !== "active") return null;
  if (daysPastDue >= QUEUE_THRESHOLDS.preChargeOffDays) return "pre_charge_off";
  if (daysPastDue >= QUEUE_THRESHOLDS.lateStageDays) return "late_stage";
  if (daysPastDue >= QUEUE_THRESHOLDS.earlyStageDays) return "early_stage";
  return null;
}
