ALTER TABLE "listings" ADD COLUMN "last_push_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "last_push_quantity" integer;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "last_push_error" text;