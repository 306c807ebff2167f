import { z } from "@hono/zod-openapi";
import { idSchema } from "../http/id-schema.js";

/** An identity verification of a party (registered as `IdentityCheck`). */
export const identityCheckSchema = z
  .object({
    object: z.literal("identity_check"),
    id: z.string().openapi({ example: "idc_01JGFJJZ0000000000000000AB" }),
    partyId: z.string(),
    provider: z.string().openapi({ description: "The identity provider (`sandbox` unless configured)" }),
    outcome: z.enum(["pass", "fail", "review"]).openapi({
      description: "pass: identity verified; fail: it does not match (see reasonCodes); review: a person must look",
    }),
    reasonCodes: z.array(z.string()).openapi({
      description: "Why, as stable snake_case codes (none on a pass)",
      example: ["date_of_birth_mismatch"],
    }),
    providerReference: z.string().openapi({ description: "The provider's id of the verification" }),
    createdAt: z.string().openapi({ description: "When it ran; UTC ISO 8601 instant" }),
  })
  .openapi("IdentityCheck");

export type IdentityCheckBody = z.infer<typeof identityCheckSchema>;

export const partyIdentityPathSchema = z.object({ partyId: idSchema("pty", { param: "partyId" }) });
