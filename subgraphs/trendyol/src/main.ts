// The Trendyol subgraph as its own process (`node dist/trendyol.js`): the `trendyol` namespace and the
// Trendyol stores' pollers (one per store across replicas, by a lease). SANDBOX_URL names the sandbox
// test-mode stores talk to when they name no host.
import { runSubgraph } from "@pazargraph/runtime";
import { buildTrendyolSubgraph } from "./app.ts";

await runSubgraph(
  "trendyol",
  (config) => config.marketplaces.trendyol.port,
  async ({ ports, registry, internalSecret }, config, logger) =>
    buildTrendyolSubgraph({
      config,
      ports,
      registry,
      internalSecret,
      logger,
      sandboxUrl: process.env.SANDBOX_URL ?? (await ports.kv.get<{ url: string }>("sandboxes", "trendyol"))?.url,
    }),
);
