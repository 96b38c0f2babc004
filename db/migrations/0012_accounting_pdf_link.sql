ALTER TABLE "accounting_jobs" ADD COLUMN "pdf_url" text;--> statement-breakpoint
ALTER TABLE "accounting_jobs" ADD COLUMN "pdf_expires_at" timestamp with time zone;