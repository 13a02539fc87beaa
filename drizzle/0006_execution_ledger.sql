CREATE TABLE "execution_locks" (
	"key" text PRIMARY KEY NOT NULL,
	"holder" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "execution_steps" (
	"execution_id" uuid NOT NULL,
	"step_id" text NOT NULL,
	"position" integer NOT NULL,
	"provider" text NOT NULL,
	"action" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"idempotency_token" text NOT NULL,
	"resource_id" text,
	"outputs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"cloud_state" text,
	"last_error" jsonb,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "execution_steps_execution_id_step_id_pk" PRIMARY KEY("execution_id","step_id")
);
--> statement-breakpoint
ALTER TABLE "executions" ADD COLUMN "lease_owner" text;--> statement-breakpoint
ALTER TABLE "executions" ADD COLUMN "lease_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "executions" ADD COLUMN "claims" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "executions" ADD COLUMN "last_error" jsonb;--> statement-breakpoint
ALTER TABLE "executions" ADD COLUMN "started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "executions" ADD COLUMN "finished_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "execution_steps" ADD CONSTRAINT "execution_steps_execution_id_executions_id_fk" FOREIGN KEY ("execution_id") REFERENCES "public"."executions"("id") ON DELETE no action ON UPDATE no action;