// The database schema (Drizzle, PostgreSQL dialect): the same tables on PostgreSQL (DATABASE_URL) and
// on PGlite (the embedded default). Migrations are generated from this file into db/migrations by
// drizzle-kit (`npm run db:generate`) and applied at start.
import { sql } from "drizzle-orm";
import { bigint, bigserial, boolean, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * Small durable records of the key-value port: shared key fingerprints, the sandboxes' URLs, markers
 * (the data-folder import, how far order events were trimmed). One row per record, by namespace and
 * key. Stores and API keys have tables of their own (below).
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
    /** The order's lines and their statuses, as a stable string: a change is LINES_CHANGED. */
    linesKey: text("lines_key").notNull().default(""),
    /** How many events the order has had (the next one is version + 1, unique per order). */
    version: integer("version").notNull().default(0),
    /** A hash of the document as last written: a read whose hash is the same changes nothing. */
    docHash: text("doc_hash").notNull().default(""),
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

/**
 * The order events: the outbox and the kept log in one. A hub write inserts the events its changes
 * imply in the same transaction as the rows (so a crash never keeps one without the other); ids are
 * handed out under a transaction lock, so they grow in commit order and a reader that has seen id n has
 * seen everything before it. Subscribers read this table after their cursor; the event bus (Redis or
 * in-process) only wakes them. Old events are trimmed; `meta` rows in `records` say through which id.
 */
export const orderEvents = pgTable(
  "order_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tenantId: text("tenant_id").notNull(),
    storeId: text("store_id").notNull(),
    orderId: text("order_id").notNull(),
    /** The order's version this event made (1 for CREATED): one event per order and version. */
    version: integer("version").notNull(),
    kind: text("kind").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true, mode: "date" }).notNull(),
    payload: jsonb("payload").notNull(),
  },
  (t) => [uniqueIndex("order_events_order_version_idx").on(t.orderId, t.version), index("order_events_tenant_id_idx").on(t.tenantId, t.id)],
);

/**
 * Each store's sync state, written by its poller: when it last succeeded or failed and why, when each
 * polling tier last ran, and the REST calls it made per minute over the last hour.
 */
export const storeSync = pgTable("store_sync", {
  storeId: text("store_id").primaryKey(),
  tenantId: text("tenant_id").notNull(),
  marketplace: text("marketplace").notNull(),
  lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true, mode: "date" }),
  lastSuccessAt: timestamp("last_success_at", { withTimezone: true, mode: "date" }),
  lastError: text("last_error"),
  lastErrorAt: timestamp("last_error_at", { withTimezone: true, mode: "date" }),
  /** Tier name → when it last completed (epoch ms). */
  tiers: jsonb("tiers").notNull().default({}),
  /** [minute (epoch ms / 60000), REST calls] for the last hour. */
  calls: jsonb("calls").notNull().default([]),
});

/** Tenants: every store and API key belongs to one. A row is made with the tenant's first key or store. */
export const tenants = pgTable("tenants", {
  id: text("id").primaryKey(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** The tenants' marketplace stores: settings, API status and credentials sealed (AES-256-GCM; never in the clear here). */
export const stores = pgTable(
  "stores",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    title: text("title").notNull(),
    marketplace: text("marketplace").notNull(),
    active: boolean("active").notNull(),
    testMode: boolean("test_mode").notNull(),
    baseUrl: text("base_url"),
    sellerId: text("seller_id"),
    /** The sealed credentials (iv, tag, ciphertext), or null until set. */
    credentials: jsonb("credentials"),
    settings: jsonb("settings").notNull(),
    apiStatus: text("api_status").notNull(),
    apiStatusCheckedAt: timestamp("api_status_checked_at", { withTimezone: true, mode: "date" }),
    apiStatusMessage: text("api_status_message"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("stores_tenant_created_idx").on(t.tenantId, t.createdAt)],
);

/** API keys: a SHA-256 hash of the secret part only; the whole key is shown once, when created. */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    name: text("name").notNull(),
    scopes: jsonb("scopes").notNull(),
    prefix: text("prefix").notNull(),
    hash: text("hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("api_keys_tenant_created_idx").on(t.tenantId, t.createdAt)],
);

/**
 * The seller's own products (the catalogue), per tenant: a code unique within the tenant (the seed
 * insists on it to avoid wrong matches), barcode, name, brand, VAT and cost. Stock per warehouse and
 * prices per price list are tables of their own.
 */
export const catalogueProducts = pgTable(
  "catalogue_products",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    code: text("code").notNull(),
    barcode: text("barcode"),
    name: text("name").notNull(),
    /** The name folded for Turkish-aware matching and search. */
    nameKey: text("name_key").notNull(),
    brand: text("brand"),
    vatRate: integer("vat_rate"),
    cost: numeric("cost", { precision: 14, scale: 2 }),
    /** The supplier account (suppliers.id) whose feed keeps this product's supplier prices and stocks, and its code there. */
    supplierId: text("supplier_id"),
    supplierCode: text("supplier_code"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    uniqueIndex("catalogue_products_tenant_code_idx").on(t.tenantId, t.code),
    uniqueIndex("catalogue_products_supplier_code_idx").on(t.tenantId, t.supplierId, t.supplierCode),
    index("catalogue_products_tenant_barcode_idx").on(t.tenantId, t.barcode),
    index("catalogue_products_tenant_name_idx").on(t.tenantId, t.nameKey),
  ],
);

/** A catalogue product's stock in one warehouse. */
export const catalogueStocks = pgTable(
  "catalogue_stocks",
  {
    productId: text("product_id").notNull(),
    warehouse: text("warehouse").notNull(),
    quantity: integer("quantity").notNull(),
    /** Kept by a supplier's feed (its storage places), not by the seller's upserts. */
    fromSupplier: boolean("from_supplier").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.productId, t.warehouse] })],
);

/** A catalogue product's price in one named price list (e.g. "Trendyol Fiyatı"). */
export const cataloguePrices = pgTable(
  "catalogue_prices",
  {
    productId: text("product_id").notNull(),
    priceList: text("price_list").notNull(),
    amount: numeric("amount", { precision: 14, scale: 2 }).notNull(),
    currency: text("currency").notNull().default("TRY"),
    /** Kept by a supplier's feed (its named prices), not by the seller's upserts. */
    fromSupplier: boolean("from_supplier").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.productId, t.priceList] })],
);

/**
 * Every store's marketplace products (listings), synced from the marketplace subgraphs' product reads,
 * and the catalogue product each is matched to (null: unmatched), with how the match was made.
 */
export const listings = pgTable(
  "listings",
  {
    /** Product.id at the marketplace: `<marketplace>:<store>:<code>`. */
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    storeId: text("store_id").notNull(),
    marketplace: text("marketplace").notNull(),
    /** The marketplace's product code (barcode). */
    code: text("code").notNull(),
    stockCode: text("stock_code"),
    name: text("name").notNull(),
    nameKey: text("name_key").notNull(),
    salePrice: numeric("sale_price", { precision: 14, scale: 2 }),
    stock: integer("stock"),
    syncedAt: timestamp("synced_at", { withTimezone: true, mode: "date" }).notNull(),
    productId: text("product_id"),
    /** BARCODE, CODE, NAME (accepted suggestions and auto-match) or MANUAL. */
    matchedBy: text("matched_by"),
    matchedAt: timestamp("matched_at", { withTimezone: true, mode: "date" }),
    /** The last stock pushed to this listing from the catalogue (multi-channel stock sync), and how it went. */
    lastPushAt: timestamp("last_push_at", { withTimezone: true, mode: "date" }),
    lastPushQuantity: integer("last_push_quantity"),
    /** null: the marketplace took it; else its error. */
    lastPushError: text("last_push_error"),
    /** The last price publishPrices sent this listing (the store's price list plus its markup), and how it went. */
    lastPricePushAt: timestamp("last_price_push_at", { withTimezone: true, mode: "date" }),
    lastPricePushAmount: numeric("last_price_push_amount", { precision: 14, scale: 2 }),
    /** null: the marketplace took it; else its error. */
    lastPricePushError: text("last_price_push_error"),
  },
  (t) => [
    index("listings_tenant_store_idx").on(t.tenantId, t.storeId, t.id),
    index("listings_tenant_product_idx").on(t.tenantId, t.productId),
    // An order line's listing, suggestions by barcode and the sync's hand-over of matches go by code.
    index("listings_tenant_store_code_idx").on(t.tenantId, t.storeId, t.code),
  ],
);

/**
 * Stock moved by orders (automatic stock deduction): one row per order line and order event that
 * changed how much of the line is deducted, so replaying an event, a retry or a second replica moves
 * nothing twice. A line's deducted quantity is the sum of its rows.
 */
export const stockMovements = pgTable(
  "stock_movements",
  {
    tenantId: text("tenant_id").notNull(),
    orderId: text("order_id").notNull(),
    lineId: text("line_id").notNull(),
    /** The order event (order_events.id) that made this movement. */
    eventId: bigint("event_id", { mode: "number" }).notNull(),
    productId: text("product_id").notNull(),
    warehouse: text("warehouse").notNull(),
    /** Units deducted (positive) or given back (negative). */
    quantity: integer("quantity").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.orderId, t.lineId, t.eventId] }), index("stock_movements_product_idx").on(t.tenantId, t.productId)],
);

/**
 * A tenant's accounts at distributors (suppliers): the feed that keeps the catalogue's supplier prices
 * and stocks, and where supplier orders go. The dealer token is sealed like store credentials.
 */
export const suppliers = pgTable(
  "suppliers",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    /** The distributor's API: "penta". */
    kind: text("kind").notNull(),
    name: text("name").notNull(),
    /** The sandbox instead of the distributor. */
    testMode: boolean("test_mode").notNull(),
    baseUrl: text("base_url"),
    credentials: jsonb("credentials"),
    active: boolean("active").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
    /** The last feed sync: when it started (the next one reads what changed since that day), ended, and what it did. */
    lastSyncStartedAt: timestamp("last_sync_started_at", { withTimezone: true, mode: "date" }),
    lastSyncAt: timestamp("last_sync_at", { withTimezone: true, mode: "date" }),
    lastSyncError: text("last_sync_error"),
    lastSyncReport: jsonb("last_sync_report"),
  },
  (t) => [index("suppliers_tenant_idx").on(t.tenantId, t.id)],
);

/**
 * Purchase orders to a supplier for a marketplace order (placeSupplierOrder): one per order, written
 * before the distributor is called and sent with its id as the distributor's reference, so a retry or
 * a crash between the two sends it again as the same order, never a second one.
 */
export const supplierOrders = pgTable(
  "supplier_orders",
  {
    /** Also the reference the distributor keeps. */
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    orderId: text("order_id").notNull(),
    supplierId: text("supplier_id").notNull(),
    /** The distributor's storage place the goods come from. */
    warehouse: text("warehouse").notNull(),
    /** PLACING until the distributor has it; then its status; REFUSED when it said no. */
    status: text("status").notNull(),
    supplierOrderId: text("supplier_order_id"),
    lines: jsonb("lines").notNull(),
    cargoCompany: text("cargo_company"),
    trackingNumber: text("tracking_number"),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
    checkedAt: timestamp("checked_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [uniqueIndex("supplier_orders_order_idx").on(t.tenantId, t.orderId), index("supplier_orders_status_idx").on(t.status)],
);

/**
 * A tenant's accounting connection (Paraşüt): the company, the credentials sealed like store
 * credentials (write-only), the last connection test, and the push and product-pull settings.
 */
export const accountingConnections = pgTable("accounting_connections", {
  tenantId: text("tenant_id").primaryKey(),
  provider: text("provider").notNull(),
  companyId: text("company_id").notNull(),
  testMode: boolean("test_mode").notNull(),
  credentials: jsonb("credentials"),
  /** VALID, INVALID or UNKNOWN (not tested since the credentials changed). */
  status: text("status").notNull(),
  statusMessage: text("status_message"),
  statusCheckedAt: timestamp("status_checked_at", { withTimezone: true, mode: "date" }),
  settings: jsonb("settings").notNull(),
  /** Orders created before this are not pushed by the catch-up scan (only on demand). */
  pushFrom: timestamp("push_from", { withTimezone: true, mode: "date" }).notNull(),
  lastPullAt: timestamp("last_pull_at", { withTimezone: true, mode: "date" }),
  lastPullError: text("last_pull_error"),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
});

/**
 * One durable push job per order (a sales invoice in Paraşüt, then its e-document). Each step's result
 * is recorded before the next step starts, and a step that may have happened without its answer
 * (attempted, not recorded) is looked up in Paraşüt before it is tried again: Paraşüt has no
 * idempotency key, so this is what keeps one order one contact lookup, one invoice, one e-document.
 */
export const accountingJobs = pgTable(
  "accounting_jobs",
  {
    tenantId: text("tenant_id").notNull(),
    orderId: text("order_id").notNull(),
    storeId: text("store_id").notNull(),
    orderNumber: text("order_number").notNull(),
    /** PENDING, IN_PROGRESS, PUSHED, FAILED, CANCELLED, NEEDS_ACCOUNTANT. */
    status: text("status").notNull(),
    contactId: text("contact_id"),
    contactAttemptedAt: timestamp("contact_attempted_at", { withTimezone: true, mode: "date" }),
    invoiceId: text("invoice_id"),
    invoiceNo: text("invoice_no"),
    invoiceAttemptedAt: timestamp("invoice_attempted_at", { withTimezone: true, mode: "date" }),
    /** e_invoices or e_archives; the trackable job; the document once made. */
    eDocKind: text("e_doc_kind"),
    eDocJobId: text("e_doc_job_id"),
    eDocAttemptedAt: timestamp("e_doc_attempted_at", { withTimezone: true, mode: "date" }),
    eDocId: text("e_doc_id"),
    eDocStatus: text("e_doc_status"),
    /** The e-document PDF's link as Paraşüt last gave it, and until when it works (one hour). */
    pdfUrl: text("pdf_url"),
    pdfExpiresAt: timestamp("pdf_expires_at", { withTimezone: true, mode: "date" }),
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true, mode: "date" }).notNull(),
    pushedAt: timestamp("pushed_at", { withTimezone: true, mode: "date" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.orderId] }), index("accounting_jobs_due_idx").on(t.status, t.nextAttemptAt)],
);
