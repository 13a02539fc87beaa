CREATE TABLE "links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"providers" text[] NOT NULL,
	"regions" text[] NOT NULL,
	"resource_ids" text DEFAULT '' NOT NULL,
	"owner_id" uuid NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"design" jsonb NOT NULL,
	"psk_ciphertext" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "links" ADD CONSTRAINT "links_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "links_updated_idx" ON "links" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "links_state_idx" ON "links" USING btree ("state","updated_at");--> statement-breakpoint
CREATE INDEX "links_owner_idx" ON "links" USING btree ("owner_id","updated_at");--> statement-breakpoint
CREATE INDEX "links_providers_idx" ON "links" USING gin ("providers");--> statement-breakpoint
CREATE INDEX "links_regions_idx" ON "links" USING gin ("regions");