export * from "./app.ts";
export { resolveOrderWindow } from "./rest/window.ts";
export { PazaramaService, type PazaramaStore } from "./service.ts";
