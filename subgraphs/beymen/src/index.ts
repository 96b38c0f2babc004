export * from "./app.ts";
export { BeymenService, type BeymenStore, CARGO_COMPANIES, LIMITS } from "./service.ts";
