CREATE TABLE "link_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"link_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"plan" jsonb NOT NULL,
	"plan_hash" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"requested_by" uuid NOT NULL,
	"required_approvals" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "executions" ADD COLUMN "link_plan_id" uuid;--> statement-breakpoint
ALTER TABLE "link_plans" ADD CONSTRAINT "link_plans_link_id_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."links"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "link_plans" ADD CONSTRAINT "link_plans_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "link_plans_hash_key" ON "link_plans" USING btree ("plan_hash");--> statement-breakpoint
CREATE INDEX "link_plans_link_idx" ON "link_plans" USING btree ("link_id","created_at");--> statement-breakpoint
ALTER TABLE "executions" ADD CONSTRAINT "executions_link_plan_id_link_plans_id_fk" FOREIGN KEY ("link_plan_id") REFERENCES "public"."link_plans"("id") ON DELETE no action ON UPDATE no action;