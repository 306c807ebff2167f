/** How {@link GroupCommitter} batches. @example { maxBatch: 64, maxInFlight: 4, commit } */
export interface GroupCommitOptions<TItem, TOutcome> {
  /** The most items one commit takes. */
  readonly maxBatch: number;
  /** The most commits running at once, across groups (each holds a pooled connection). */
  readonly maxInFlight: number;
  /**
   * Stores `items` of one group in one transaction and answers one outcome per item, in order. A throw fails
   * the whole transaction: the items are then committed again one by one, so one bad item fails alone.
   */
  readonly commit: (group: string, items: ReadonlyArray<TItem>) => Promise<ReadonlyArray<TOutcome>>;
  /**
   * True for an error that no item caused alone and that every item would meet again (the database unreachable;
   * any error of a batch that is one statement): the batch's items all fail with it at once, none committed
   * again one by one. Without it, a hung database made the last of 64 items wait for 64 connection timeouts.
   */
  readonly failsEveryItem?: (error: unknown) => boolean;
}

interface Waiting<TItem, TOutcome> {
  readonly item: TItem;
  readonly resolve: (outcome: TOutcome) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit: items submitted while their group's previous commit is running wait and are then stored
 * together, in one transaction, instead of one transaction each. An item on an idle group is committed at
 * once, so a quiet server adds no delay; under load, each commit takes whatever queued behind the last one
 * (up to `maxBatch`), and the cost of a commit — its statements, round trips and WAL flush — is shared.
 * One commit at a time per group (a tenant: its audit chain serializes its changes anyway), up to
 * `maxInFlight` across groups.
 *
 * @example
 * const committer = new GroupCommitter({ maxBatch: 64, maxInFlight: 4, commit: (tenantId, items) => store(items) });
 * const outcome = await committer.submit(tenantId, item);
 */
export class GroupCommitter<TItem, TOutcome> {
  readonly #options: GroupCommitOptions<TItem, TOutcome>;
  readonly #queues = new Map<string, Array<Waiting<TItem, TOutcome>>>();
  readonly #running = new Set<string>();
  /** Groups with items waiting for a free commit slot, oldest first. */
  readonly #ready: string[] = [];

  constructor(options: GroupCommitOptions<TItem, TOutcome>) {
    this.#options = options;
  }

  /** Queues `item` in `group`; resolves once its commit has committed (or rolled back: then it rejects). */
  submit(group: string, item: TItem): Promise<TOutcome> {
    return new Promise((resolve, reject) => {
      const queue = this.#queues.get(group);
      if (queue === undefined) this.#queues.set(group, [{ item, resolve, reject }]);
      else queue.push({ item, resolve, reject });
      if (!this.#running.has(group) && !this.#ready.includes(group)) this.#ready.push(group);
      this.#startReady();
    });
  }

  #startReady(): void {
    while (this.#running.size < this.#options.maxInFlight && this.#ready.length > 0) {
      const group = this.#ready.shift() as string;
      const queue = this.#queues.get(group) ?? [];
      const taken = queue.splice(0, this.#options.maxBatch);
      if (queue.length === 0) this.#queues.delete(group);
      if (taken.length === 0) continue;
      this.#running.add(group);
      void this.#run(group, taken).finally(() => {
        this.#running.delete(group);
        if (this.#queues.has(group)) this.#ready.push(group);
        this.#startReady();
      });
    }
  }

  async #run(group: string, taken: ReadonlyArray<Waiting<TItem, TOutcome>>): Promise<void> {
    try {
      settle(
        taken,
        await this.#options.commit(
          group,
          taken.map((waiting) => waiting.item),
        ),
      );
      return;
    } catch (error) {
      if (taken.length === 1 || this.#options.failsEveryItem?.(error) === true) {
        for (const waiting of taken) waiting.reject(error);
        return;
      }
    }
    // The batch rolled back as a whole: each item alone, so only an item that fails by itself fails.
    for (const waiting of taken) {
      try {
        settle([waiting], await this.#options.commit(group, [waiting.item]));
      } catch (error) {
        waiting.reject(error);
      }
    }
  }
}

function settle<TItem, TOutcome>(taken: ReadonlyArray<Waiting<TItem, TOutcome>>, outcomes: ReadonlyArray<TOutcome>) {
  if (outcomes.length !== taken.length) {
    const error = new Error(`group commit answered ${outcomes.length} outcomes for ${taken.length} items`);
    for (const waiting of taken) waiting.reject(error);
    return;
  }
  for (let index = 0; index < taken.length; index++) taken[index]!.resolve(outcomes[index] as TOutcome);
}
