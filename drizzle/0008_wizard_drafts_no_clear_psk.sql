-- Drafts saved before every key field was taken out of the data may hold a pre-shared key in
-- clear (e.g. typed, then the kind switched to "gateway"). It cannot be encrypted here: drop every
-- key-named field (psk, Psk, PreShareKey), as lib/design/link/draft-psk.ts does on save; the draft
-- then shows no stored key and the person types it again.
CREATE OR REPLACE FUNCTION "vlp_strip_psk"(value jsonb) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF jsonb_typeof(value) = 'object' THEN
    RETURN coalesce(
      (SELECT jsonb_object_agg(e.key, "vlp_strip_psk"(e.value))
         FROM jsonb_each(value) AS e
        WHERE e.key !~* '^(psk|presharedkey|presharekey)$'),
      '{}'::jsonb);
  ELSIF jsonb_typeof(value) = 'array' THEN
    RETURN coalesce(
      (SELECT jsonb_agg("vlp_strip_psk"(a.value) ORDER BY a.ordinality)
         FROM jsonb_array_elements(value) WITH ORDINALITY AS a),
      '[]'::jsonb);
  END IF;
  RETURN value;
END
$$;
--> statement-breakpoint
UPDATE "wizard_drafts" SET "data" = "vlp_strip_psk"("data") WHERE "data" <> "vlp_strip_psk"("data");
--> statement-breakpoint
DROP FUNCTION "vlp_strip_psk"(jsonb);
