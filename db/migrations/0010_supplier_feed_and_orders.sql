CREATE TABLE "supplier_orders" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"order_id" text NOT NULL,
	"supplier_id" text NOT NULL,
	"warehouse" text NOT NULL,
	"status" text NOT NULL,
	"supplier_order_id" text,
	"lines" jsonb NOT NULL,
	"cargo_company" text,
	"tracking_number" text,
	"error" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"checked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "suppliers" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"test_mode" boolean NOT NULL,
	"base_url" text,
	"credentials" jsonb,
	"active" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"last_sync_started_at" timestamp with time zone,
	"last_sync_at" timestamp with time zone,
	"last_sync_error" text,
	"last_sync_report" jsonb
);
--> statement-breakpoint
ALTER TABLE "catalogue_prices" ADD COLUMN "from_supplier" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue_products" ADD COLUMN "supplier_id" text;--> statement-breakpoint
ALTER TABLE "catalogue_products" ADD COLUMN "supplier_code" text;--> statement-breakpoint
ALTER TABLE "catalogue_stocks" ADD COLUMN "from_supplier" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_orders_order_idx" ON "supplier_orders" USING btree ("tenant_id","order_id");--> statement-breakpoint
CREATE INDEX "supplier_orders_status_idx" ON "supplier_orders" USING btree ("status");--> statement-breakpoint
CREATE INDEX "suppliers_tenant_idx" ON "suppliers" USING btree ("tenant_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_products_supplier_code_idx" ON "catalogue_products" USING btree ("tenant_id","supplier_id","supplier_code");