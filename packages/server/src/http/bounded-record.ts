import { z } from "@hono/zod-openapi";

/**
 * A JSON object used as a map (`{ [name]: value }`) with bounded size: at most `maxProperties` names of
 * at most `keyMaxLength` characters. Past either, the request is 422 `validation_failed`; the spec carries
 * `maxProperties` and the key's `maxLength`.
 *
 * @example
 * const facts = boundedRecord(z.unknown(), { maxProperties: 500, keyMaxLength: 64 });
 */
export function boundedRecord<Value extends z.ZodType>(
  value: Value,
  options: { readonly maxProperties: number; readonly keyMaxLength: number; readonly key?: z.ZodString },
) {
  const key = (options.key ?? z.string()).max(options.keyMaxLength);
  return z
    .record(key, value)
    .refine((record) => Object.keys(record).length <= options.maxProperties, {
      message: `at most ${options.maxProperties} entries`,
    })
    .openapi({ maxProperties: options.maxProperties });
}
