/**
 * Sanctions screening (issue 11, "Speed"): `aml.screen.sdn` screens one name against a synthetic list
 * the size and shape of OFAC's SDN list (18,000 entries with aliases) — goal p99 < 5 ms — against the
 * baseline that scores every name on the list. The indexed and exhaustive answers must agree on every
 * checked name before anything is timed.
 */

import { buildSanctionsIndex, screenName, screenNameExhaustively } from "../packages/core/src/compliance/index.js";
import { InvariantError } from "../packages/core/src/errors/index.js";
import { screenedNames, syntheticSdnList } from "./fixtures/sdn-synthetic.js";
import { consume, type Suite, timeResult } from "./harness.js";

const entryCount = 18_000;
const threshold = 0.85;
const timedNames = 4_000;
const checkedNames = 60;

function percentile(sorted: ReadonlyArray<number>, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Microseconds of each call, one call at a time (a percentile needs every call's time). */
function timeEach(names: ReadonlyArray<string>, screen: (name: string) => unknown): number[] {
  const times = names.map((name) => {
    const start = performance.now();
    consume(screen(name));
    return (performance.now() - start) * 1000;
  });
  return times.sort((a, b) => a - b);
}

const suite: Suite = {
  name: "screening",
  run() {
    const entries = syntheticSdnList(entryCount, 11);
    const buildStart = performance.now();
    const index = buildSanctionsIndex(entries);
    const buildMs = performance.now() - buildStart;
    const names = screenedNames(entries, timedNames, 5);
    let hits = 0;
    for (const name of names.slice(0, checkedNames)) {
      const indexed = screenName(index, name, { threshold });
      const exhaustive = screenNameExhaustively(index, name, { threshold });
      if (JSON.stringify(indexed) !== JSON.stringify(exhaustive)) {
        throw new InvariantError(`indexed and exhaustive screening disagree on ${name}`);
      }
      hits += indexed.length;
    }
    timeEach(names.slice(0, 500), (name) => screenName(index, name, { threshold })); // warm-up
    const cpuBefore = process.cpuUsage();
    const indexed = timeEach(names, (name) => screenName(index, name, { threshold }));
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMsPerName = (cpu.user + cpu.system) / 1000 / names.length;
    const exhaustive = timeEach(names.slice(0, checkedNames), (name) =>
      screenNameExhaustively(index, name, { threshold }),
    );
    const p50 = percentile(indexed, 50);
    const p99 = percentile(indexed, 99);
    const aliasCount = entries.reduce((sum, entry) => sum + entry.aliases.length, 0);
    return [
      timeResult(
        "aml.screen.sdn",
        p50,
        percentile(exhaustive, 50),
        `one name against ${entryCount.toLocaleString("en-US")} entries and ${aliasCount.toLocaleString("en-US")} aliases ` +
          `(${index.vocabulary.length.toLocaleString("en-US")} distinct tokens), threshold ${threshold}; ` +
          `p50 ${(p50 / 1000).toFixed(3)} ms, p99 ${(p99 / 1000).toFixed(3)} ms over ${timedNames} names (goal p99 < 5 ms), ` +
          `CPU ${cpuMsPerName.toFixed(3)} ms a name (wall time above it is time the process waited for a core); ` +
          `index built in ${buildMs.toFixed(0)} ms; baseline scores every name; ` +
          `${checkedNames} names agreed with it (${hits} hits)`,
      ),
    ];
  },
};
export default suite;
