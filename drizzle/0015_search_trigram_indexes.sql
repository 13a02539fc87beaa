-- pg_trgm ships with PostgreSQL (contrib, a trusted extension) and with PGlite (loaded by lib/db/connect.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "audit_events_actor_trgm_idx" ON "audit_events" USING gin ("actor_email" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "links_name_trgm_idx" ON "links" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "links_resource_ids_trgm_idx" ON "links" USING gin ("resource_ids" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "users_email_trgm_idx" ON "users" USING gin ("email" gin_trgm_ops);
