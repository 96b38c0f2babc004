CREATE TABLE "accounting_connections" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"company_id" text NOT NULL,
	"test_mode" boolean NOT NULL,
	"credentials" jsonb,
	"status" text NOT NULL,
	"status_message" text,
	"status_checked_at" timestamp with time zone,
	"settings" jsonb NOT NULL,
	"push_from" timestamp with time zone NOT NULL,
	"last_pull_at" timestamp with time zone,
	"last_pull_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accounting_jobs" (
	"tenant_id" text NOT NULL,
	"order_id" text NOT NULL,
	"store_id" text NOT NULL,
	"order_number" text NOT NULL,
	"status" text NOT NULL,
	"contact_id" text,
	"contact_attempted_at" timestamp with time zone,
	"invoice_id" text,
	"invoice_no" text,
	"invoice_attempted_at" timestamp with time zone,
	"e_doc_kind" text,
	"e_doc_job_id" text,
	"e_doc_attempted_at" timestamp with time zone,
	"e_doc_id" text,
	"e_doc_status" text,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"pushed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "accounting_jobs_tenant_id_order_id_pk" PRIMARY KEY("tenant_id","order_id")
);
--> statement-breakpoint
CREATE INDEX "accounting_jobs_due_idx" ON "accounting_jobs" USING btree ("status","next_attempt_at");