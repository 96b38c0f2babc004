export * from "./app.ts";
export { PazaramaService, type PazaramaStore } from "./service.ts";
export { resolveOrderWindow } from "./window.ts";
