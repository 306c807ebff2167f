import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Workspace packages resolve to their TypeScript sources so tests never need a build first.
const alias = [
  { find: /^@lendstack\/core\/(.*)$/, replacement: `${root}packages/core/src/$1/index.ts` },
  { find: /^@lendstack\/client$/, replacement: `${root}packages/client/src/index.ts` },
  { find: /^@lendstack\/server$/, replacement: `${root}packages/server/src/index.ts` },
];

export default defineConfig({
  resolve: { alias },
  test: {
    // Vitest's default is one worker fewer than the cores: one test file at a time on a 2-core CI machine,
    // while most files spend much of their time waiting on a database, a child process or a timer.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        resolve: { alias },
        // Property tests run hundreds of cases; 5 s is too tight on a loaded 2-core CI machine.
        test: { name: "core", include: ["packages/core/src/**/*.test.ts"], testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          name: "server",
          include: [
            "packages/server/src/**/*.test.ts",
            "packages/server/test/**/*.test.ts",
            "examples/**/*.test.ts",
            "packages/client/**/*.test.ts",
            "test/**/*.test.ts",
          ],
          exclude: ["**/node_modules/**", "**/*.browser.test.ts", "packages/server/test/slow/**"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Headless Chromium (Debian's /usr/bin/chromium) against a started server: `npx vitest run --project browser`.
        resolve: { alias },
        test: {
          name: "browser",
          include: ["packages/server/test/**/*.browser.test.ts", "examples/**/*.browser.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Minutes-long tests with real processes (a PostgreSQL cluster restarted under load): never in
        // `npm test`; `LENDSTACK_SLOW_TESTS=1 npx vitest run --project slow` (a CI step).
        resolve: { alias },
        test: {
          name: "slow",
          include: ["packages/server/test/slow/**/*.test.ts"],
          testTimeout: 600_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
