CREATE TABLE "records" (
	"namespace" text NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "records_namespace_key_pk" PRIMARY KEY("namespace","key")
);
--> statement-breakpoint
CREATE INDEX "records_namespace_idx" ON "records" USING btree ("namespace");