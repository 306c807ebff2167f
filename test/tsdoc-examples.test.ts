/**
 * TSDoc `@example`s name code that exists. Each example is parsed as TypeScript; every function it
 * calls by bare name (`listLoans(db, …)`, `new Decimal(…)`) must be declared somewhere in the
 * packages or be a JavaScript global. The examples are not run — most use a caller's `db` or
 * `router` — but an example that calls a function nobody wrote, or one since renamed, fails here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "dist" ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const packageSources = readdirSync(join(root, "packages"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => sourceFiles(join(root, "packages", entry.name, "src")));
const files = [...packageSources, ...sourceFiles(join(root, "examples"))].map((path) => ({
  path: relative(root, path),
  source: ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true),
}));

/** Every name a declaration in the packages introduces: functions, classes, variables, methods, imports. */
function declaredNames(): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    const named = node as ts.Node & { name?: ts.Node };
    if (named.name !== undefined && ts.isIdentifier(named.name)) names.add(named.name.text);
    if (ts.isBindingElement(node) && ts.isIdentifier(node.name)) names.add(node.name.text);
    node.forEachChild(visit);
  };
  for (const { source } of files) visit(source);
  return names;
}

/** JavaScript globals, the test framework, and drizzle-orm's entry point (imported under other names here). */
const globals = new Set(
  "Array ArrayBuffer Int32Array BigInt Boolean Buffer Date Error JSON Map Math Number Object Promise Proxy Reflect RegExp Response Request Headers Set String Symbol TextDecoder TextEncoder URL URLSearchParams Uint8Array WeakMap AbortController Intl structuredClone encodeURIComponent decodeURIComponent fetch isFinite isNaN parseFloat parseInt queueMicrotask require setInterval setTimeout clearTimeout expect describe it test drizzle".split(
    " ",
  ),
);

/** The text of each `@example` tag of a file, with the comment's leading `*` removed. */
function examplesOf(source: ts.SourceFile): string[] {
  const found: string[] = [];
  for (const match of source.text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const body = (match[1] ?? "").replace(/^[ \t]*\* ?/gm, "");
    for (const part of body.split(/@example\b/).slice(1)) found.push(part.split(/\n@\w+/)[0] ?? "");
  }
  return found;
}

/** Names an example calls or constructs directly (not `x.method()`), less those it declares itself. */
function calledNames(example: string): string[] {
  const source = ts.createSourceFile("example.ts", example, ts.ScriptTarget.Latest, true);
  const called: string[] = [];
  const local = new Set<string>();
  const visit = (node: ts.Node): void => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && ts.isIdentifier(node.expression)) {
      called.push(node.expression.text);
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) local.add(node.name.text);
    node.forEachChild(visit);
  };
  visit(source);
  return called.filter((name) => !local.has(name));
}

describe("TSDoc examples", () => {
  it("call only functions that exist", () => {
    const declared = declaredNames();
    const missing = files.flatMap(({ path, source }) =>
      examplesOf(source).flatMap((example) =>
        calledNames(example)
          .filter((name) => !declared.has(name) && !globals.has(name))
          .map((name) => `${path}: ${name}`),
      ),
    );
    expect(files.length).toBeGreaterThan(300);
    expect([...new Set(missing)]).toEqual([]);
  });
});
