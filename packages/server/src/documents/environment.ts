import { z } from "zod";
import { SNIFFABLE_CONTENT_TYPES } from "./sniff.js";

/**
 * Documents' server settings: where their bytes go (`DOCUMENT_STORAGE`: `local`, under
 * `<data folder>/documents`, or `s3` with `DOCUMENT_S3_BUCKET`, `DOCUMENT_S3_ENDPOINT`, `DOCUMENT_S3_REGION`,
 * `DOCUMENT_S3_PREFIX`, `DOCUMENT_S3_FORCE_PATH_STYLE`; credentials from the AWS SDK's usual chain), the
 * largest document in bytes (`DOCUMENT_MAX_BYTES`, default 50 MiB) and the accepted content types
 * (`DOCUMENT_CONTENT_TYPES`, comma-separated; default every type the server can recognize).
 *
 * @example
 * const { maxBytes } = loadConfig().documents;
 */
export interface DocumentsConfig {
  readonly storage: "local" | "s3";
  readonly maxBytes: number;
  readonly contentTypes: ReadonlyArray<string> | undefined;
  readonly s3: {
    readonly bucket: string | undefined;
    readonly endpoint: string | undefined;
    readonly region: string;
    readonly prefix: string;
    readonly forcePathStyle: boolean;
  };
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

/** The environment variables of {@link DocumentsConfig}, merged into the server's environment schema. */
export const documentEnvironment = {
  DOCUMENT_STORAGE: z.enum(["local", "s3"]).default("local"),
  DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(5 * 1024 * 1024 * 1024)
    .default(50 * 1024 * 1024),
  DOCUMENT_CONTENT_TYPES: optionalText.pipe(
    z
      .string()
      .transform((value) =>
        value
          .split(",")
          .map((type) => type.trim().toLowerCase())
          .filter((type) => type !== ""),
      )
      .pipe(z.array(z.enum(SNIFFABLE_CONTENT_TYPES)).min(1))
      .optional(),
  ),
  DOCUMENT_S3_BUCKET: optionalText,
  DOCUMENT_S3_ENDPOINT: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  DOCUMENT_S3_REGION: z.string().trim().min(1).default("us-east-1"),
  DOCUMENT_S3_PREFIX: z.string().trim().default(""),
  DOCUMENT_S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).default("false"),
};

type DocumentEnvironment = z.infer<z.ZodObject<typeof documentEnvironment>>;

/** @example const documents = documentsConfigOf(parsedEnvironment); */
export function documentsConfigOf(env: DocumentEnvironment): DocumentsConfig {
  return {
    storage: env.DOCUMENT_STORAGE,
    maxBytes: env.DOCUMENT_MAX_BYTES,
    contentTypes: env.DOCUMENT_CONTENT_TYPES,
    s3: {
      bucket: env.DOCUMENT_S3_BUCKET,
      endpoint: env.DOCUMENT_S3_ENDPOINT,
      region: env.DOCUMENT_S3_REGION,
      prefix: env.DOCUMENT_S3_PREFIX,
      forcePathStyle: env.DOCUMENT_S3_FORCE_PATH_STYLE === "true",
    },
  };
}
