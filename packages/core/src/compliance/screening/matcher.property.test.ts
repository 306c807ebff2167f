import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { screenName, screenNameExhaustively } from "./matcher.js";
import { scoreTokenLists, tokenSimilarity } from "./name-score.js";
import { normalizeName } from "./normalize.js";
import { buildSanctionsIndex } from "./sanctions-index.js";
import type { SanctionsEntry } from "./sanctions-list.js";

// Name parts that collide often (shared letters, shared prefixes, transliterations), plus random words.
const parts = [
  "MUHAMMAD",
  "Mohamed",
  "ALI",
  "Aly",
  "HASSAN",
  "Hasan",
  "al-Rahman",
  "ABDEL",
  "YUSUF",
  "Youssef",
  "PETROV",
  "Petroff",
  "IVANOV",
  "Ivanovich",
  "GARCÍA",
  "Garcia",
  "MARQUEZ",
  "ZHANG",
  "Wei",
  "WANG",
  "STAR",
  "Shipping",
  "LLC",
  "Trading",
  "Golden",
  "BANK",
  "Banco",
  "O'Brien",
  "Smith",
  "SMYTHE",
  "Ann",
  "Anna",
  "Hanna",
];
const word = fc.oneof(
  fc.constantFrom(...parts),
  fc.string({ unit: fc.constantFrom(..."ABDEHIKLMNORSUYZ"), minLength: 1, maxLength: 10 }),
);
const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(" "));
const entry = (id: number) =>
  fc.record({ primary: name, aliases: fc.array(name, { maxLength: 3 }) }).map(
    ({ primary, aliases }): SanctionsEntry => ({
      id: String(id),
      name: primary,
      type: "individual",
      programs: ["SDGT"],
      title: null,
      remarks: null,
      aliases: aliases.map((alias, k) => ({ id: `${id}-${k}`, type: "aka", name: alias, remarks: null })),
      addresses: [],
    }),
  );
const list = fc
  .integer({ min: 1, max: 40 })
  .chain((size) => fc.tuple(...Array.from({ length: size }, (_, i) => entry(i))));

describe("screenName (indexed) against screenNameExhaustively (every name scored)", () => {
  it("returns exactly the same hits, scores and matched names", () => {
    fc.assert(
      fc.property(list, name, fc.double({ min: 0.5, max: 1, noNaN: true }), (entries, query, threshold) => {
        const index = buildSanctionsIndex(entries);
        expect(screenName(index, query, { threshold })).toEqual(screenNameExhaustively(index, query, { threshold }));
      }),
      { numRuns: 300 },
    );
  });

  it("finds a listed name or alias, whatever its word order and case, with score 1", () => {
    fc.assert(
      fc.property(list, fc.nat(), fc.nat(), (entries, pick, seed) => {
        const target = entries[pick % entries.length] as SanctionsEntry;
        const names = [target.name, ...target.aliases.map((alias) => alias.name)];
        const chosen = names[seed % names.length] as string;
        const shuffled = chosen.split(" ").reverse().join("  ").toLowerCase();
        const hits = screenName(buildSanctionsIndex(entries), shuffled, { threshold: 0.99 });
        const normalized = normalizeName(chosen);
        if (normalized.length === 0) return;
        expect(hits.find((hit) => hit.entry.id === target.id)?.score).toBe(1);
      }),
      { numRuns: 200 },
    );
  });

  it("a score never exceeds its best token pair (the bound the index relies on)", () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const q = normalizeName(a);
        const c = normalizeName(b);
        const score = scoreTokenLists(q, c, (i, j) => tokenSimilarity(q[i] as string, c[j] as string));
        const best = Math.max(0, ...q.flatMap((x) => c.map((y) => tokenSimilarity(x, y))));
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(best + 1e-12);
      }),
    );
  });
});
