-- Keyed audit chain: rows already written keep hash_scheme 1 (unkeyed sha256, verified as before);
-- the portal anchors them under a signed head at start-up, and every new row is HMAC-keyed (2).
CREATE TABLE "audit_head" (
	"id" smallint PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"row_count" bigint NOT NULL,
	"hash" text NOT NULL,
	"signature" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "hash_scheme" smallint DEFAULT 1 NOT NULL;