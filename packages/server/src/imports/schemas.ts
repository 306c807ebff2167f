import { z } from "@hono/zod-openapi";
import { idSchema } from "../http/id-schema.js";

/** The longest file accepted; in practice the server's body size limit is reached first. */
const MAX_IMPORT_CHARACTERS = 256 * 1024 * 1024;

/** `POST /v1/imports` body. */
export const createImportSchema = z
  .strictObject({
    format: z
      .enum(["jsonl", "csv"])
      .openapi({ description: "JSON Lines (one loan a line) or CSV (header = field paths)" }),
    data: z.string().min(1).max(MAX_IMPORT_CHARACTERS).openapi({
      description:
        "The file's text. Each row: `sourceId`, `borrowerReference`, `terms` (or `productId` plus overrides), `policy`, and either `history` (core's loan events: disbursements, payments, reversals, fees, waivers, rate changes, holidays, reschedules, charge-offs) or `opening` (the balances on a migration date `asOf`: principal, interest, fees, days past due, next due date, and the remaining `installments` or `remaining` terms; `history` then holds only later events; `opening.chargedOff` `{date, recoveredMinor}` boards a loan already charged off at the source, its later payments as recoveries), and optional `sourceFigures` as of a date (principal, interest, fees, payoff, days past due, next installment date and amount). Money in minor units as decimal strings.",
    }),
    mode: z.enum(["dry_run", "commit"]).openapi({
      description: "`dry_run` replays and reconciles only; `commit` also boards the loans",
    }),
    boardMismatches: z
      .boolean()
      .optional()
      .openapi({ description: "On commit, board loans whose figures differ or were not given too (default false)" }),
    productId: idSchema("prd")
      .optional()
      .openapi({ description: "The product rows without a `productId` board under (a commit needs one per loan)" }),
    background: z.boolean().optional().openapi({
      description:
        "On commit: answer at once (status `boarding`) and let the worker board the loans; `GET /v1/imports/{importId}` shows the progress batch by batch (default false: boarded within the request)",
    }),
  })
  .openapi("CreateImport");

/** `/v1/imports/{importId}` path. */
export const importPathSchema = z.object({ importId: idSchema("imp", { param: "importId" }) });

const statusSchema = z.enum(["completed", "boarding", "failed"]).openapi("ImportStatus", {
  description:
    "`boarding`: a commit still boarding loans (or interrupted: resume it); `completed`: done; `failed`: boarding stopped for good (`failure` says why; the loans boarded stay, post the file again for the rest)",
});

/** An import resource. */
export const importSchema = z
  .object({
    id: z.string().openapi({ example: "imp_01JGFJJZ0000000000000000AB" }),
    object: z.literal("import"),
    format: z.enum(["jsonl", "csv"]),
    mode: z.enum(["dry_run", "commit"]),
    boardMismatches: z.boolean(),
    productId: z.string().nullable(),
    status: statusSchema,
    background: z.boolean().openapi({ description: "Boarded by the worker (`background: true`)" }),
    failure: z
      .object({
        code: z.string().openapi({
          description:
            "`product_not_found`, `product_archived`, `import_file_unreadable`, `import_attempts_exhausted`; while boarding: `database_unavailable` or `worker_error`",
        }),
        reason: z.string(),
      })
      .nullable()
      .openapi({
        description:
          "Why the import `failed` (never retried), or, while `boarding`, what stopped the last worker (retried when its lease lapses)",
      }),
    attempts: z.int().openapi({
      description:
        "Background imports: workers' claims since a batch last boarded; at 5 without a batch boarded the import is `failed`",
    }),
    progress: z
      .object({
        processed: z.int().openapi({ description: "Loans dealt with so far (boarded, already boarded or refused)" }),
        total: z.int().openapi({ description: "Loans the commit boards" }),
        boarded: z.int().openapi({ description: "Loans boarded so far" }),
        failed: z.int().openapi({ description: "Loans boarding refused so far (their results say why)" }),
        startedAt: z.string().nullable().openapi({ description: "When boarding began" }),
        updatedAt: z.string().openapi({ description: "When the progress was last written (after each batch)" }),
        estimatedCompletionAt: z.string().nullable().openapi({
          description: "When boarding should end at the rate so far; null before the first batch and once done",
        }),
      })
      .openapi({ description: "The commit's progress, written after each batch of loans" }),
    totals: z.object({
      rows: z.int(),
      matched: z.int(),
      mismatched: z.int(),
      unchecked: z.int().openapi({ description: "Rows without source figures" }),
      failed: z.int().openapi({ description: "Rows whose history does not replay" }),
      refused: z.int().openapi({ description: "Rows that do not parse (nothing of them is boarded)" }),
      boarded: z.int(),
      alreadyBoarded: z.int().openapi({ description: "Source ids a loan of the tenant already has" }),
    }),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .openapi("Import");

const rowErrorSchema = z.object({
  path: z.string().openapi({ description: "The field path in the row, e.g. `history[3].amountMinor`" }),
  column: z.string().optional().openapi({ description: "CSV: the column holding it" }),
  code: z.string(),
  reason: z.string(),
});

/** One data row's reconciliation and boarding. */
export const importResultSchema = z
  .object({
    row: z.int().openapi({ description: "JSON Lines: the line; CSV: the row, the header being row 1" }),
    sourceId: z.string().nullable(),
    status: z.enum(["match", "mismatch", "unchecked", "failed", "refused"]),
    difference: z
      .object({ figure: z.string(), expected: z.string(), actual: z.string(), difference: z.string().optional() })
      .nullable()
      .openapi({ description: "The first figure that differs (minor units, days, or dates); actual − expected" }),
    errors: z.array(rowErrorSchema),
    outcome: z.enum(["pending", "boarded", "already_boarded", "not_boarded"]).nullable().openapi({
      description:
        "On a commit: what boarding did with the row; `already_boarded` (with the loan) also in a dry run, when a loan of the tenant has the source id as its `externalReference`",
    }),
    loanId: z.string().nullable(),
  })
  .openapi("ImportResult");
