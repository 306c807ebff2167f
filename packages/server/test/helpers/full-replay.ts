import type { LocalDate } from "@lendstack/core/calendar";
import { unwrap } from "@lendstack/core/errors";
import {
  type Checkpoint,
  decodeCheckpoint,
  encodeCheckpoint,
  type Loan,
  type LoanState,
  replay,
  replayToCheckpoint,
} from "@lendstack/core/servicing";
import { and, asc, eq, lte } from "drizzle-orm";
import { expect } from "vitest";
import { type LoanRow, loanCheckpoints, loanEvents, loans } from "../../src/db/schema/index.js";
import type { Db } from "../../src/db/types.js";
import { CHECKPOINT_KEY, CHECKPOINT_MAX_TAIL } from "../../src/loans/append-event.js";
import { decodeLoan, rowToEvent } from "../../src/loans/codec.js";
import { toLoanStateBody } from "../../src/loans/view.js";

/** A loan replayed by core from its first stored event, reading no checkpoint. */
export interface FullReplay {
  /** The loan row, at `version` when one was asked for. */
  readonly row: LoanRow;
  readonly loan: Loan;
  readonly state: LoanState;
  /** The checkpoint a full replay makes of the same events (undefined when they cannot have one). */
  readonly checkpoint: Checkpoint | undefined;
}

/**
 * The loan as of `asOf` from a full replay of its stored events (those up to `version`, if given): what every
 * answer continued from a checkpoint must equal.
 *
 * @example const { state } = await fullReplay(db, "tenant", loanId, date("2025-03-01"));
 */
export async function fullReplay(
  db: Db,
  tenantId: string,
  loanId: string,
  asOf: LocalDate,
  version?: number,
): Promise<FullReplay> {
  const [current] = await db
    .select()
    .from(loans)
    .where(and(eq(loans.tenantId, tenantId), eq(loans.id, loanId)));
  if (current === undefined) throw new Error(`no loan ${loanId}`);
  const upTo = version ?? current.version;
  const rows = await db
    .select()
    .from(loanEvents)
    .where(and(eq(loanEvents.tenantId, tenantId), eq(loanEvents.loanId, loanId), lte(loanEvents.sequence, upTo)))
    .orderBy(asc(loanEvents.sequence));
  const loan = decodeLoan(current);
  const events = rows.map(rowToEvent);
  const state = unwrap(replay(loan, events, asOf));
  const { checkpoint } = unwrap(replayToCheckpoint(loan, events, asOf));
  return { row: { ...current, version: upTo }, loan, state, checkpoint };
}

/**
 * The loan's body as the API renders it, from a full replay, as JSON (without `updatedAt`, which changes
 * with every write).
 *
 * @example expect(answered).toEqual(bodyOf(await fullReplay(db, tenant, loanId, asOf)));
 */
export function bodyOf(replayed: FullReplay): Record<string, unknown> {
  const { updatedAt: _u, ...body } = JSON.parse(JSON.stringify(toLoanStateBody(replayed.row, replayed.state)));
  return body;
}

/**
 * The loan's stored checkpoint, in this release's format, covers its events up to `version` (by default: up to a
 * version fewer than `CHECKPOINT_MAX_TAIL` events behind the loan's) and is the checkpoint a full replay of those
 * events (as of `asOf`, on or after the last of them) makes, compared decoded.
 *
 * @example await expectCheckpointOfFullReplay(db, "tenant", loanId, date("2025-03-01"));
 */
export async function expectCheckpointOfFullReplay(
  db: Db,
  tenantId: string,
  loanId: string,
  asOf: LocalDate,
  version?: number,
): Promise<void> {
  const [stored] = await db
    .select()
    .from(loanCheckpoints)
    .where(and(eq(loanCheckpoints.tenantId, tenantId), eq(loanCheckpoints.loanId, loanId)));
  const [current] = await db.select({ version: loans.version }).from(loans).where(eq(loans.id, loanId));
  expect(stored, loanId).toMatchObject({ format: CHECKPOINT_KEY });
  const covered = Number(stored?.eventsVersion);
  if (version !== undefined) expect(covered, loanId).toBe(version);
  expect(Number(current?.version) - covered, loanId).toBeGreaterThanOrEqual(0);
  expect(Number(current?.version) - covered, loanId).toBeLessThan(CHECKPOINT_MAX_TAIL);
  const replayed = await fullReplay(db, tenantId, loanId, asOf, covered);
  expect(replayed.checkpoint, loanId).toBeDefined();
  const decoded = decodeCheckpoint(String(stored?.state), replayed.loan);
  expect(decoded?.lastSequence, loanId).toBe(covered);
  expect(decoded, loanId).toEqual(decodeCheckpoint(encodeCheckpoint(replayed.checkpoint as Checkpoint), replayed.loan));
}
