import { buildSanctionsIndex, type SanctionsEntry, type SanctionsIndex } from "@lendstack/core/compliance";
import { desc, eq } from "drizzle-orm";
import { sanctionsLists } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** The list screenings run against: the newest load of OFAC's SDN list. */
export const SANCTIONS_SOURCE = "ofac-sdn";

/** The list in force, prepared for screening. */
export interface LoadedSanctionsList {
  readonly id: string;
  readonly loadedAt: Date;
  readonly index: SanctionsIndex;
}

// One prepared index per process: building one from 18,000 entries takes a few hundred milliseconds, so it
// is built when a list is first screened against and reused until a newer load appears.
let cached: LoadedSanctionsList | undefined;

/**
 * The newest sanctions list, its index built once per process and list; undefined when none is loaded.
 *
 * @example
 * const list = await currentSanctionsList(db);
 */
export async function currentSanctionsList(executor: Executor): Promise<LoadedSanctionsList | undefined> {
  const [latest] = await executor
    .select({ id: sanctionsLists.id, loadedAt: sanctionsLists.loadedAt })
    .from(sanctionsLists)
    .where(eq(sanctionsLists.source, SANCTIONS_SOURCE))
    .orderBy(desc(sanctionsLists.loadedAt), desc(sanctionsLists.id))
    .limit(1);
  if (latest === undefined) return undefined;
  if (cached?.id === latest.id) return cached;
  const [row] = await executor
    .select({ entries: sanctionsLists.entries })
    .from(sanctionsLists)
    .where(eq(sanctionsLists.id, latest.id));
  if (row === undefined) return undefined;
  cached = { id: latest.id, loadedAt: latest.loadedAt, index: buildSanctionsIndex(row.entries as SanctionsEntry[]) };
  return cached;
}
