ALTER TABLE "listings" ADD COLUMN "last_price_push_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "last_price_push_amount" numeric(14, 2);--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "last_price_push_error" text;