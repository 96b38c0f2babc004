// The Penta (distributor) sandbox: `@pazargraph/sandbox/penta`.
export * from "./app.ts";
export { CATEGORIES as PENTA_CATEGORIES, ORDER_STATUSES as PENTA_ORDER_STATUSES, STOCK_CAP, STORAGE_PLACES } from "./data.ts";
