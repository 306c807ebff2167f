/**
 * The size limits the code keeps (STYLE.md 12): no source file in packages/<pkg>/src over 300
 * lines and no function over 70. Generated files (a "generated" first line) are exempt. A failure
 * lists every offender, so it reads as a to-do list.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const maxFileLines = 300;
const maxFunctionLines = 70;
/**
 * Known offenders outside core, left to their owners (the lead has the list): `path name`. An entry
 * must still offend, so the list only shrinks.
 */
const pendingFunctions: ReadonlyArray<string> = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const files = readdirSync(join(root, "packages"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => {
    const src = join(root, "packages", entry.name, "src");
    try {
      return sourceFiles(src);
    } catch {
      return [];
    }
  })
  .map((path) => ({ path: relative(root, path), text: readFileSync(path, "utf8") }))
  .filter(({ text }) => !/^\/\/.*generated|^\/\*+[\s*]*generated/i.test(text.slice(0, 200)));

function lineCount(text: string): number {
  return text.endsWith("\n") ? text.split("\n").length - 1 : text.split("\n").length;
}

/** A `describe(…, () => { … })` callback: a container of tests, not a function the limit is about. */
function isSuiteBody(node: ts.Node): boolean {
  const call = node.parent;
  if (!call || !ts.isCallExpression(call)) return false;
  let callee: ts.Expression = call.expression;
  while (ts.isCallExpression(callee) || ts.isPropertyAccessExpression(callee)) callee = callee.expression;
  return ts.isIdentifier(callee) && callee.text === "describe";
}

/** Functions (declarations, methods, arrows, function expressions) longer than the limit. */
function longFunctions(path: string, text: string): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body && !isSuiteBody(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > maxFunctionLines) {
        const name = node.name && ts.isIdentifier(node.name) ? node.name.text : "(anonymous)";
        found.push(`${path}:${start + 1} ${name} has ${lines} lines`);
        if (pendingFunctions.includes(`${path} ${name}`)) found[found.length - 1] = `pending ${path} ${name}`;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("source size limits", () => {
  it("finds the source files", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it(`no source file is over ${maxFileLines} lines`, () => {
    const offenders = files
      .map(({ path, text }) => ({ path, lines: lineCount(text) }))
      .filter(({ lines }) => lines > maxFileLines)
      .map(({ path, lines }) => `${path} has ${lines} lines`);
    expect(offenders).toEqual([]);
  });

  it(`no function is over ${maxFunctionLines} lines (pending ones excepted, and they still offend)`, () => {
    const found = files.flatMap(({ path, text }) => longFunctions(path, text));
    expect(found.filter((entry) => !entry.startsWith("pending "))).toEqual([]);
    expect(found.filter((entry) => entry.startsWith("pending ")).sort()).toEqual(
      pendingFunctions.map((entry) => `pending ${entry}`).sort(),
    );
  });

  it("measures what it claims: a 71-line function and a 301-line file are caught", () => {
    const body = Array.from({ length: 69 }, (_, i) => `  const v${i} = ${i};`).join("\n");
    expect(longFunctions("x.ts", `function big() {\n${body}\n}\n`)).toEqual(["x.ts:1 big has 71 lines"]);
    expect(longFunctions("x.ts", `const ok = () => {\n${body.split("\n").slice(1).join("\n")}\n};\n`)).toEqual([]);
    expect(longFunctions("x.test.ts", `describe("suite", () => {\n${body}\n});\n`)).toEqual([]);
    expect(lineCount("a\n".repeat(301))).toBe(301);
  });
});
