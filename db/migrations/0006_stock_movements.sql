CREATE TABLE "stock_movements" (
	"tenant_id" text NOT NULL,
	"order_id" text NOT NULL,
	"line_id" text NOT NULL,
	"event_id" bigint NOT NULL,
	"product_id" text NOT NULL,
	"warehouse" text NOT NULL,
	"quantity" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "stock_movements_tenant_id_order_id_line_id_event_id_pk" PRIMARY KEY("tenant_id","order_id","line_id","event_id")
);
--> statement-breakpoint
CREATE INDEX "stock_movements_product_idx" ON "stock_movements" USING btree ("tenant_id","product_id");