// Preloaded (`node --require`) into the processes `npm run bench:load` measures. After each full garbage
// collection it appends the old generation's size (what survived it: the live heap, minus the young objects)
// to `heap.<pid>` in its working directory, one `<epoch ms> <bytes>` line each. Nothing is forced: the process
// runs as it would without the probe, and the figure says what it holds rather than how lazily V8 collects.
const { appendFileSync } = require("node:fs");
const { join } = require("node:path");
const { PerformanceObserver, constants } = require("node:perf_hooks");
const { getHeapSpaceStatistics } = require("node:v8");

const file = join(process.cwd(), `heap.${process.pid}`);
const youngSpaces = new Set(["new_space", "new_large_object_space"]);
const oldGeneration = () =>
  getHeapSpaceStatistics()
    .filter((space) => !youngSpaces.has(space.space_name))
    .reduce((sum, space) => sum + space.space_used_size, 0);
const isMajor = (entry) => entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR;

// Entries arrive in batches on the event loop, soon after the collection: one reading per batch.
new PerformanceObserver((list) => {
  if (list.getEntries().some(isMajor)) appendFileSync(file, `${Date.now()} ${oldGeneration()}\n`);
}).observe({ entryTypes: ["gc"] });
