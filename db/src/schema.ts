// The database schema (Drizzle, PostgreSQL dialect): the same tables on PostgreSQL (DATABASE_URL) and
// on PGlite (the embedded default). Migrations are generated from this file into db/migrations by
// drizzle-kit (`npm run db:generate`) and applied at start.
import { index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

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
