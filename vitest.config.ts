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
    projects: [
      { resolve: { alias }, test: { name: "core", include: ["packages/core/src/**/*.test.ts"] } },
      {
        resolve: { alias },
        test: {
          name: "server",
          include: [
            "packages/server/src/**/*.test.ts",
            "packages/server/test/**/*.test.ts",
            "examples/**/*.test.ts",
            "packages/client/**/*.test.ts",
          ],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
