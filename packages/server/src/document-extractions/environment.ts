import { z } from "zod";
import { builtinDocumentParser } from "../adapters/document-parsing/builtin.js";
import { openAiDocumentParser } from "../adapters/document-parsing/openai.js";
import type { DocumentParser } from "../adapters/document-parsing/parser.js";

/**
 * The document parser extractions use (`DOCUMENT_PARSER`: `builtin`, the offline reader of text-based
 * PDFs, or `openai`, an OpenAI-compatible chat-completions API at `DOCUMENT_PARSER_URL` with
 * `DOCUMENT_PARSER_MODEL`, `DOCUMENT_PARSER_API_KEY` and `DOCUMENT_PARSER_TIMEOUT_MS`).
 *
 * @example
 * const { parser } = loadConfig().documentParsing;
 */
export interface DocumentParsingConfig {
  readonly parser: "builtin" | "openai";
  readonly url: string | undefined;
  readonly model: string | undefined;
  readonly apiKey: string | undefined;
  readonly timeoutMs: number;
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

/** The environment variables of {@link DocumentParsingConfig}, merged into the server's environment schema. */
export const documentParsingEnvironment = {
  DOCUMENT_PARSER: z.enum(["builtin", "openai"]).default("builtin"),
  DOCUMENT_PARSER_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  DOCUMENT_PARSER_MODEL: optionalText,
  DOCUMENT_PARSER_API_KEY: optionalText,
  DOCUMENT_PARSER_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(300_000).default(30_000),
};

type DocumentParsingEnvironment = z.infer<z.ZodObject<typeof documentParsingEnvironment>>;

/** The settings, or the reason they do not hold together. @example documentParsingConfigOf(env) */
export function documentParsingConfigOf(env: DocumentParsingEnvironment): DocumentParsingConfig | string {
  if (
    env.DOCUMENT_PARSER === "openai" &&
    (env.DOCUMENT_PARSER_URL === undefined || env.DOCUMENT_PARSER_MODEL === undefined)
  ) {
    return "DOCUMENT_PARSER_URL and DOCUMENT_PARSER_MODEL: required when DOCUMENT_PARSER=openai";
  }
  return {
    parser: env.DOCUMENT_PARSER,
    url: env.DOCUMENT_PARSER_URL,
    model: env.DOCUMENT_PARSER_MODEL,
    apiKey: env.DOCUMENT_PARSER_API_KEY,
    timeoutMs: env.DOCUMENT_PARSER_TIMEOUT_MS,
  };
}

/** The configured parser. @example createApp({ …, documentParser: documentParserOf(config.documentParsing) }) */
export function documentParserOf(config: DocumentParsingConfig): DocumentParser {
  if (config.parser === "builtin" || config.url === undefined || config.model === undefined)
    return builtinDocumentParser;
  return openAiDocumentParser({
    baseUrl: config.url,
    model: config.model,
    apiKey: config.apiKey,
    timeoutMs: config.timeoutMs,
  });
}
