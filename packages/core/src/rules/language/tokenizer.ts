import { ruleSetLimits } from "../schema.js";

/** @example const kind: TokenKind = "number"; */
export type TokenKind = "number" | "string" | "name" | "punct" | "end";

/** A lexical token with its offsets in the source text. @example { kind: "name", text: "dti", start: 0, end: 3 } */
export interface Token {
  readonly kind: TokenKind;
  /** The token's text; for strings, the unescaped content. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A syntax error with the offset where it was found. @example throw new SyntaxFailure("syntax_error", "unexpected ')'", 7); */
export class SyntaxFailure extends Error {
  override readonly name = "SyntaxFailure";
  constructor(
    readonly code: "syntax_error" | "too_deep" | "too_large",
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const punctuation = [
  "..",
  "??",
  "==",
  "!=",
  "<=",
  ">=",
  "(",
  ")",
  "[",
  "]",
  ",",
  "?",
  ":",
  "<",
  ">",
  "=",
  "+",
  "-",
  "*",
  "/",
];

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function readString(text: string, start: number): Token {
  const quote = text[start];
  let value = "";
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === quote) return { kind: "string", text: value, start, end: i + 1 };
    if (c === "\\") {
      const next = text[i + 1];
      if (next !== "\\" && next !== '"' && next !== "'") {
        throw new SyntaxFailure("syntax_error", "only \\\\, \\\" and \\' escapes are allowed", i);
      }
      value += next;
      i += 2;
      continue;
    }
    value += c;
    i += 1;
  }
  throw new SyntaxFailure("syntax_error", "unterminated string", start);
}

function readNumber(text: string, start: number): Token {
  let i = start;
  while (i < text.length && isDigit(text.charCodeAt(i))) i += 1;
  // A fraction needs a digit after the dot, so `1..5` stays a range.
  if (text[i] === "." && isDigit(text.charCodeAt(i + 1))) {
    i += 1;
    while (i < text.length && isDigit(text.charCodeAt(i))) i += 1;
  }
  if (isNameStart(text.charCodeAt(i))) throw new SyntaxFailure("syntax_error", "malformed number", start);
  return { kind: "number", text: text.slice(start, i), start, end: i };
}

/**
 * Splits an expression into tokens. Numbers are plain decimals (no exponents), strings use single
 * or double quotes, names are identifiers; anything else is a `syntax_error` at its offset.
 *
 * @example
 * tokenize("score >= 620").map((t) => t.text) // ["score", ">=", "620", ""]
 */
export function tokenize(text: string): Token[] {
  if (text.length > ruleSetLimits.expressionChars) {
    throw new SyntaxFailure("too_large", `expression is longer than ${ruleSetLimits.expressionChars} characters`, 0);
  }
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i += 1;
      continue;
    }
    let token: Token;
    if (isDigit(c)) token = readNumber(text, i);
    else if (c === 34 || c === 39) token = readString(text, i);
    else if (isNameStart(c)) {
      let j = i + 1;
      while (j < text.length && (isNameStart(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j += 1;
      token = { kind: "name", text: text.slice(i, j), start: i, end: j };
    } else {
      const symbol = punctuation.find((p) => text.startsWith(p, i));
      if (symbol === undefined) throw new SyntaxFailure("syntax_error", `unexpected character '${text[i]}'`, i);
      token = { kind: "punct", text: symbol, start: i, end: i + symbol.length };
    }
    tokens.push(token);
    i = token.end;
  }
  tokens.push({ kind: "end", text: "", start: text.length, end: text.length });
  return tokens;
}

/**
 * 1-based line and column of an offset, for error messages.
 *
 * @example lineAndColumn("a\nbc", 3) // { line: 2, column: 2 }
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
