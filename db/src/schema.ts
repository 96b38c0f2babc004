// The database schema (Drizzle, PostgreSQL dialect): the same tables on PostgreSQL (DATABASE_URL) and
// on PGlite (the embedded default). Migrations are generated from this file into db/migrations by
// drizzle-kit (`npm run db:generate`) and applied at start.
import { sql } from "drizzle-orm";
import { index, jsonb, numeric, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Durable records of the key-value port: tenants' stores (credentials sealed), API keys (hashes only),
 * poller state with its outbox, shared key fingerprints. One row per record, by namespace and key.
 */
export const records = pgTable(
  "records",
  {
    namespace: text("namespace").notNull(),
    key: text("key").notNull(),
    value: jsonb("value").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.namespace, t.key] }), index("records_namespace_idx").on(t.namespace)],
);
// x

/**
 * The order hub: every store's orders, one row per order, written by the pollers. Indexed columns for
 * the feed's filters and order; the unified Order as the document. Every query is scoped by tenant.
 */
export const orders = pgTable(
  "orders",
  {
    /** Order.id: `<marketplace>:<store>:<marketplace order id>`. */
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    storeId: text("store_id").notNull(),
    marketplace: text("marketplace").notNull(),
    number: text("number").notNull(),
    status: text("status").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    /** When the hub last wrote a change of this order. */
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
    /** When the hub last saw the order from the marketplace. */
    syncedAt: timestamp("synced_at", { withTimezone: true, mode: "date" }).notNull(),
    customerName: text("customer_name"),
    total: numeric("total", { precision: 18, scale: 2 }),
    /** Order number, customer name and product names, folded for Turkish-aware search. */
    search: text("search").notNull(),
    document: jsonb("document").notNull(),
  },
  (t) => [
    // Matches the feed's ORDER BY created_at DESC, id DESC (PostgreSQL's DESC is NULLS FIRST).
    index("orders_tenant_created_desc_idx").on(t.tenantId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // Substring search (LIKE '%…%') on the folded text, through trigrams.
    index("orders_search_trgm_idx").using("gin", sql`${t.search} gin_trgm_ops`),
    index("orders_tenant_status_idx").on(t.tenantId, t.status),
    index("orders_tenant_store_idx").on(t.tenantId, t.storeId),
  ],
);
