// What the sandboxes share, for other packages: `@pazargraph/sandbox/common`.
export { ean13, SHARED_PRODUCTS, type SharedProduct, sharedProductsFor } from "./shared-products.ts";
