// The catalogue subgraph as its own process (`node dist/catalogue.js`): the seller's products, the
// stores' listings and their matches, on the order hub's database.
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
    }),
);
