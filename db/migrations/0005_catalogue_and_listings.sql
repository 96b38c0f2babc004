CREATE TABLE "catalogue_prices" (
	"product_id" text NOT NULL,
	"price_list" text NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"currency" text DEFAULT 'TRY' NOT NULL,
	CONSTRAINT "catalogue_prices_product_id_price_list_pk" PRIMARY KEY("product_id","price_list")
);
--> statement-breakpoint
CREATE TABLE "catalogue_products" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"code" text NOT NULL,
	"barcode" text,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"brand" text,
	"vat_rate" integer,
	"cost" numeric(14, 2),
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_stocks" (
	"product_id" text NOT NULL,
	"warehouse" text NOT NULL,
	"quantity" integer NOT NULL,
	CONSTRAINT "catalogue_stocks_product_id_warehouse_pk" PRIMARY KEY("product_id","warehouse")
);
--> statement-breakpoint
CREATE TABLE "listings" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"store_id" text NOT NULL,
	"marketplace" text NOT NULL,
	"code" text NOT NULL,
	"stock_code" text,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"sale_price" numeric(14, 2),
	"stock" integer,
	"synced_at" timestamp with time zone NOT NULL,
	"product_id" text,
	"matched_by" text,
	"matched_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_products_tenant_code_idx" ON "catalogue_products" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "catalogue_products_tenant_barcode_idx" ON "catalogue_products" USING btree ("tenant_id","barcode");--> statement-breakpoint
CREATE INDEX "catalogue_products_tenant_name_idx" ON "catalogue_products" USING btree ("tenant_id","name_key");--> statement-breakpoint
CREATE INDEX "listings_tenant_store_idx" ON "listings" USING btree ("tenant_id","store_id","id");--> statement-breakpoint
CREATE INDEX "listings_tenant_product_idx" ON "listings" USING btree ("tenant_id","product_id");