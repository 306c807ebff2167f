import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The committed migrations folder, found by walking up from this module: `src/db/` in development and
 * tests, `dist/` once bundled.
 *
 * @example
 * findMigrationsFolder(); // "/…/packages/server/drizzle"
 */
export function findMigrationsFolder(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth += 1) {
    const candidate = join(directory, "drizzle");
    if (existsSync(join(candidate, "meta", "_journal.json"))) return candidate;
    directory = dirname(directory);
  }
  throw new Error("cannot find the drizzle migrations folder next to @lendstack/server");
}
