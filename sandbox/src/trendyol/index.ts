// The Trendyol sandbox: `@pazargraph/sandbox/trendyol`.
export * from "./app.ts";
export { CARGO_PROVIDERS, CLAIM_ISSUE_REASONS, CLAIM_ITEM_STATUSES, PACKAGE_STATUSES, type TrendyolData, UNSUPPLIED_REASONS, VAT_RATES } from "./data.ts";
export { MAX_BRAND_PAGE } from "./routes/catalog.ts";
export { MAX_CLAIM_PAGE } from "./routes/claims.ts";
export { LOOKBACK_MS, MAX_ORDER_PAGE } from "./routes/orders.ts";
export { DUPLICATE_WINDOW_MS, MAX_BATCH_ITEMS, MAX_PRODUCT_PAGE, MAX_QUANTITY } from "./routes/products.ts";
