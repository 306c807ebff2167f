import { z } from "@hono/zod-openapi";
import { idSchema } from "../http/id-schema.js";

const instant = (description: string) => z.string().openapi({ description: `${description}; UTC ISO 8601 instant` });

/** Where a hit is in review (registered as `ScreeningHitStatus`). */
export const screeningHitStatusSchema = z.enum(["open", "cleared", "confirmed"]).openapi("ScreeningHitStatus", {
  description: "open: to review; cleared: a false positive, not the listed entry; confirmed: the listed entry",
});

/** A party's name that matched a sanctions list entry (registered as `ScreeningHit`). */
export const screeningHitSchema = z
  .object({
    object: z.literal("screening_hit"),
    id: z.string().openapi({ example: "sch_01JGFJJZ0000000000000000AB" }),
    screeningId: z.string().openapi({ description: "The screening that raised it" }),
    partyId: z.string(),
    listId: z.string().openapi({ description: "The sanctions list load it was found on" }),
    entry: z
      .object({
        id: z.string().openapi({ description: "The list's id of the entry (OFAC's ent_num)", example: "36" }),
        name: z.string().openapi({ description: "The listed name", example: "AL-ZAWAHIRI, Ayman" }),
        type: z.enum(["individual", "entity", "vessel", "aircraft"]),
        programs: z.array(z.string()).openapi({ example: ["SDGT"] }),
      })
      .openapi("SanctionsListEntry"),
    matchedName: z.string().openapi({ description: "The entry's name that matched: its listed name or an alias" }),
    aliasId: z.string().nullable().openapi({ description: "The alias that matched (OFAC's alt_num), or null" }),
    screenedName: z.string().openapi({ description: "The party's name it matched" }),
    score: z
      .string()
      .openapi({ description: "Similarity, 0 to 1, a decimal string with four places", example: "0.9641" }),
    status: screeningHitStatusSchema,
    taskId: z.string().nullable().openapi({ description: "The review sanctions hit task" }),
    reviewedBy: z.string().nullable(),
    reviewedAt: instant("When it was cleared or confirmed").nullable(),
    reviewNote: z.string().nullable(),
    createdAt: instant("When it was raised"),
    updatedAt: instant("When it last changed"),
  })
  .openapi("ScreeningHit");

/** A screening of a party (registered as `Screening`). */
export const screeningSchema = z
  .object({
    object: z.literal("screening"),
    id: z.string().openapi({ example: "scr_01JGFJJZ0000000000000000AB" }),
    partyId: z.string(),
    listId: z.string().openapi({ description: "The sanctions list load screened against (the newest)" }),
    threshold: z.string().openapi({ description: "A name scoring at least this is a hit", example: "0.85" }),
    namesScreened: z.int().openapi({ description: "How many of the party's names were screened" }),
    outcome: z.enum(["clear", "potential_match"]),
    trigger: z.enum(["api", "list_load", "application"]),
    hits: z.array(screeningHitSchema).openapi({
      description: "Every entry a name matched, best first: new hits open, hits found before as they stand",
    }),
    createdAt: instant("When it ran"),
  })
  .openapi("Screening");

export type ScreeningBody = z.infer<typeof screeningSchema>;
export type ScreeningHitBody = z.infer<typeof screeningHitSchema>;

export const partyScreeningPathSchema = z.object({ partyId: idSchema("pty", { param: "partyId" }) });
export const screeningHitPathSchema = z.object({ screeningHitId: idSchema("sch", { param: "screeningHitId" }) });

/** `POST /v1/screening-hits/{screeningHitId}/clear|confirm` body. */
export const reviewScreeningHitSchema = z
  .strictObject({
    note: z
      .string()
      .min(1)
      .max(2_000)
      .openapi({ description: "Why: what told the reviewer it is (or is not) the listed entry" }),
  })
  .openapi("ScreeningHitReview");
