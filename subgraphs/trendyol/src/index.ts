export * from "./app.ts";
export { LIMITS, TrendyolService, type TrendyolStore } from "./service.ts";
