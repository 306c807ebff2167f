-- One name per concept in stored documents (issue 8).
-- Stored product definitions and rule-set documents follow the API's money convention (issue 8): amounts are
-- named without a `Minor` suffix. Product definitions: amountLimits.{minMinor,maxMinor} -> {min,max}; each fee's
-- amountMinor/minMinor/maxMinor -> amount/min/max; rounding.installmentMultipleMinor -> installmentMultiple.
UPDATE "product_versions"
SET "definition" = jsonb_set(
  "definition",
  '{amountLimits}',
  (SELECT jsonb_object_agg(regexp_replace(key, 'Minor$', ''), value) FROM jsonb_each("definition" -> 'amountLimits'))
)
WHERE jsonb_typeof("definition" -> 'amountLimits') = 'object' AND "definition" -> 'amountLimits' <> '{}'::jsonb;--> statement-breakpoint
UPDATE "product_versions"
SET "definition" = jsonb_set(
  "definition",
  '{fees}',
  (
    SELECT jsonb_object_agg(
      fee.key,
      (SELECT jsonb_object_agg(regexp_replace(field.key, 'Minor$', ''), field.value) FROM jsonb_each(fee.value) AS field)
    )
    FROM jsonb_each("definition" -> 'fees') AS fee
  )
)
WHERE jsonb_typeof("definition" -> 'fees') = 'object' AND "definition" -> 'fees' <> '{}'::jsonb;--> statement-breakpoint
UPDATE "product_versions"
SET "definition" = jsonb_set(
  "definition",
  '{rounding}',
  (SELECT jsonb_object_agg(regexp_replace(key, 'Minor$', ''), value) FROM jsonb_each("definition" -> 'rounding'))
)
WHERE jsonb_typeof("definition" -> 'rounding') = 'object' AND "definition" -> 'rounding' <> '{}'::jsonb;--> statement-breakpoint
-- Rule-set documents' usury tables: amountAtLeastMinor/amountBelowMinor (integer strings) -> amountAtLeast/amountBelow
-- (JSON integers). A published version keeps the hash it was published with.
UPDATE "rule_set_versions"
SET "document" = jsonb_set(
  "document",
  '{compliance,usuryTable,rules}',
  (
    SELECT coalesce(jsonb_agg(
      (
        SELECT jsonb_object_agg(
          regexp_replace(field.key, '^(amountAtLeast|amountBelow)Minor$', '\1'),
          CASE
            WHEN field.key IN ('amountAtLeastMinor', 'amountBelowMinor') THEN to_jsonb((field.value #>> '{}')::bigint)
            ELSE field.value
          END
        )
        FROM jsonb_each(rule.value) AS field
      )
      ORDER BY rule.position
    ), '[]'::jsonb)
    FROM jsonb_array_elements("document" #> '{compliance,usuryTable,rules}') WITH ORDINALITY AS rule(value, position)
  )
)
WHERE jsonb_typeof("document" #> '{compliance,usuryTable,rules}') = 'array';
--> statement-breakpoint
-- American spelling, one name per concept: a payment holiday's interest "capitalise" -> "capitalize"; a reschedule's
-- capitaliseArrears -> capitalizeArrears.
UPDATE "loan_events"
SET "payload" = jsonb_set("payload", '{interest}', '"capitalize"')
WHERE "type" = 'payment-holiday' AND "payload" ->> 'interest' = 'capitalise';--> statement-breakpoint
UPDATE "loan_events"
SET "payload" = ("payload" - 'capitaliseArrears') || jsonb_build_object('capitalizeArrears', "payload" -> 'capitaliseArrears')
WHERE "payload" ? 'capitaliseArrears';
