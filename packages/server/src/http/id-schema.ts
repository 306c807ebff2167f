import { z } from "@hono/zod-openapi";
import { ID_BODY_LENGTH, idPattern } from "../ids.js";

/** What each id prefix names, for descriptions and error messages. */
const NOUN_BY_PREFIX = {
  prd: "product",
  rls: "rule set",
  dec: "decision",
  loan: "loan",
  evt: "event",
  we: "webhook endpoint",
  whd: "webhook delivery",
  cr: "close run",
  pty: "party",
  pmi: "payment instrument",
  apy: "autopay enrollment",
  app: "application",
  ofr: "offer",
  dsi: "disbursement",
  achf: "ACH file",
  wf: "workflow",
  tsk: "task",
  cnd: "condition",
  doc: "document",
  sch: "screening hit",
  aud: "audit record",
  imp: "import",
  cnt: "contact",
  ptp: "promise to pay",
  crp: "credit report",
  dxt: "document extraction",
  env: "envelope",
  sgr: "signer",
  m2f: "Metro 2 file",
  hsp: "hardship plan",
  stm: "statement",
  cpy: "card payment",
  stl: "settlement",
} as const;

/** A prefix of an id the API accepts as input. @example const prefix: IdPrefix = "loan"; */
export type IdPrefix = keyof typeof NOUN_BY_PREFIX;

/**
 * The schema of an id with this prefix, for path parameters, query filters and body fields alike: the
 * prefix, `_`, then 26 Crockford base-32 characters (time then randomness, as ULID lays them out), so
 * length is bounded and the spec carries the pattern and an example. Pass `param` to declare it as a
 * path parameter of that name.
 *
 * @example
 * const loanPathSchema = z.object({ loanId: idSchema("loan", { param: "loanId" }) });
 * const body = z.object({ productId: idSchema("prd") });
 */
export function idSchema(prefix: IdPrefix, options: { readonly param?: string } = {}) {
  const noun = NOUN_BY_PREFIX[prefix];
  const schema = z
    .string()
    .max(prefix.length + 1 + ID_BODY_LENGTH)
    .regex(idPattern(prefix), `expected a ${noun} id (${prefix}_ and 26 base-32 characters)`)
    .openapi({
      description: `A ${noun} id: \`${prefix}_\` then 26 Crockford base-32 characters`,
      example: `${prefix}_01JGFJJZ0000000000000000AB`,
    });
  return options.param === undefined ? schema : schema.openapi({ param: { name: options.param, in: "path" } });
}
