import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GroupCommitter } from "./group-commit.js";

/** A commit that records its batches and holds each until released, so a test decides when it ends. */
function heldCommits(fails: (item: string) => boolean = () => false) {
  const batches: Array<{ group: string; items: string[] }> = [];
  const releases: Array<() => void> = [];
  const commit = async (group: string, items: ReadonlyArray<string>) => {
    batches.push({ group, items: [...items] });
    await new Promise<void>((resolve) => releases.push(resolve));
    if (items.some(fails)) throw new Error(`rolled back: ${items.join(",")}`);
    return items.map((item) => `stored ${item}`);
  };
  const releaseAll = async () => {
    while (releases.length > 0) {
      releases.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { batches, commit, releaseAll };
}

describe("GroupCommitter", () => {
  it("commits an item on an idle group at once, and what queues behind it together, in order", async () => {
    const held = heldCommits();
    const committer = new GroupCommitter({ maxBatch: 3, maxInFlight: 2, commit: held.commit });
    const first = committer.submit("tenant", "a");
    const rest = ["b", "c", "d", "e"].map((item) => committer.submit("tenant", item));
    expect(held.batches).toEqual([{ group: "tenant", items: ["a"] }]);
    await held.releaseAll();
    expect(await first).toBe("stored a");
    expect(await Promise.all(rest)).toEqual(["stored b", "stored c", "stored d", "stored e"]);
    expect(held.batches.map((batch) => batch.items)).toEqual([["a"], ["b", "c", "d"], ["e"]]);
  });

  it("runs one commit at a time per group, and up to maxInFlight groups at once", async () => {
    const held = heldCommits();
    const committer = new GroupCommitter({ maxBatch: 64, maxInFlight: 2, commit: held.commit });
    const outcomes = ["x", "y", "z"].flatMap((group) => [1, 2].map((n) => committer.submit(group, `${group}${n}`)));
    expect(held.batches).toEqual([
      { group: "x", items: ["x1"] },
      { group: "y", items: ["y1"] },
    ]);
    await held.releaseAll();
    await Promise.all(outcomes);
    expect(held.batches.map((batch) => batch.items).sort()).toEqual([["x1"], ["x2"], ["y1"], ["y2"], ["z1", "z2"]]);
  });

  it("commits a rolled-back batch's items one by one, so only the failing item fails", async () => {
    const held = heldCommits((item) => item === "bad");
    const committer = new GroupCommitter({ maxBatch: 64, maxInFlight: 1, commit: held.commit });
    const first = committer.submit("tenant", "a");
    const queued = ["b", "bad", "c"].map((item) => committer.submit("tenant", item).catch((error: Error) => error));
    await held.releaseAll();
    await first;
    const settled = await Promise.all(queued);
    expect(settled[0]).toBe("stored b");
    expect(settled[1]).toBeInstanceOf(Error);
    expect(settled[2]).toBe("stored c");
    expect(held.batches.map((batch) => batch.items)).toEqual([["a"], ["b", "bad", "c"], ["b"], ["bad"], ["c"]]);
  });

  it("fails every item of a batch at once, none again alone, when the error fails every item alike", async () => {
    const unreachable = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    const batches: string[][] = [];
    const committer = new GroupCommitter<string, string>({
      maxBatch: 64,
      maxInFlight: 1,
      commit: async (_group, items) => {
        batches.push([...items]);
        await new Promise((resolve) => setImmediate(resolve));
        throw items.includes("bad") ? new Error("rolled back") : unreachable;
      },
      failsEveryItem: (error) => error === unreachable,
    });
    const outcomes = ["a", "b", "c", "d"].map((item) => committer.submit("tenant", item).catch((error) => error));
    expect(await Promise.all(outcomes)).toEqual([unreachable, unreachable, unreachable, unreachable]);
    expect(batches).toEqual([["a"], ["b", "c", "d"]]);
    // Another error still retries the batch's items alone.
    const mixed = ["e", "f", "bad"].map((item) =>
      committer.submit("tenant", item).catch((error: Error) => error.message),
    );
    const settled = await Promise.all(mixed);
    expect(settled[2]).toBe("rolled back");
    expect(batches.slice(2)).toEqual([["e"], ["f", "bad"], ["f"], ["bad"]]);
  });

  it("answers every item exactly once with its own outcome, whatever the groups and limits", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom("p", "q", "r"), fc.boolean()), { maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 3 }),
        async (items, maxBatch, maxInFlight) => {
          const held = heldCommits((item) => item.endsWith("!"));
          const committer = new GroupCommitter({ maxBatch, maxInFlight, commit: held.commit });
          const names = items.map(([group, fails], index) => `${group}${index}${fails ? "!" : ""}`);
          const answers = names.map((name, index) =>
            committer.submit(items[index]![0], name).then(
              (stored) => stored,
              () => `failed ${name}`,
            ),
          );
          await held.releaseAll();
          const expected = names.map((name) => (name.endsWith("!") ? `failed ${name}` : `stored ${name}`));
          expect(await Promise.all(answers)).toEqual(expected);
          for (const batch of held.batches) {
            expect(batch.items.length).toBeLessThanOrEqual(maxBatch);
            expect(batch.items.every((item) => item.startsWith(batch.group))).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
