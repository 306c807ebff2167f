import { z } from "@hono/zod-openapi";

const days = (description: string, example: number) =>
  z
    .int()
    .min(1)
    .max(36_500)
    .openapi({ description: `${description}, in whole days past due`, example });

/**
 * Where a tenant's collections queues start, in days past due (each stage runs to the day before the next
 * starts): whole days, at least 1, strictly ascending. A bad field or one out of order is named in the 422.
 *
 * @example queueThresholdsSchema.parse({ earlyStageDays: 1, lateStageDays: 30, preChargeOffDays: 90 })
 */
export const queueThresholdsSchema = z
  .strictObject({
    earlyStageDays: days("Where `early_stage` starts", 1),
    lateStageDays: days("Where `late_stage` starts (after `earlyStageDays`)", 30),
    preChargeOffDays: days("Where `pre_charge_off` starts (after `lateStageDays`)", 90),
  })
  .superRefine((thresholds, context) => {
    if (thresholds.lateStageDays <= thresholds.earlyStageDays) {
      const message = `must be more than earlyStageDays (${thresholds.earlyStageDays})`;
      context.addIssue({ code: "custom", path: ["lateStageDays"], message });
    }
    if (thresholds.preChargeOffDays <= thresholds.lateStageDays) {
      const message = `must be more than lateStageDays (${thresholds.lateStageDays})`;
      context.addIssue({ code: "custom", path: ["preChargeOffDays"], message });
    }
  })
  .openapi("CollectionQueueThresholds");

/** @example const thresholds: QueueThresholds = DEFAULT_QUEUE_THRESHOLDS; */
export type QueueThresholds = z.infer<typeof queueThresholdsSchema>;

/** The thresholds of a tenant that set none: early stage 1-29, late stage 30-89, pre-charge-off 90 and over. */
export const DEFAULT_QUEUE_THRESHOLDS: QueueThresholds = Object.freeze({
  earlyStageDays: 1,
  lateStageDays: 30,
  preChargeOffDays: 90,
});
