// The catalogue subgraph as its own process (`node dist/catalogue.js`): the seller's products, the
// stores' listings and their matches, supplier feeds and supplier orders, on the order hub's database.
import { runSubgraph } from "@pazargraph/runtime";
import { buildCatalogueSubgraph } from "./app.ts";

await runSubgraph(
  "catalogue",
  (config) => config.subgraphs.catalogue.port,
  async ({ ports, registry, internalSecret }, config, logger) =>
    buildCatalogueSubgraph({
      database: ports.database,
      registry,
      logger,
      internalSecret,
      requestDeadlineMs: config.subgraphs.requestDeadlineMs,
      log: ports.orderEvents,
      kv: ports.kv,
      events: ports.events,
      suppliers: {
        settings: config.suppliers,
        lock: ports.lock,
        // PENTA_SANDBOX_URL, else where `npm start` or the sandbox process says it runs.
        sandboxUrl: async (kind) => (kind === "penta" ? process.env.PENTA_SANDBOX_URL : undefined) ?? (await ports.kv.get<{ url: string }>("sandboxes", kind))?.url,
        seed: config.supplierAccounts,
      },
    }),
);
