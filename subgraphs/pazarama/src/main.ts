// The Pazarama subgraph as its own process (`node dist/pazarama.js`): the `pazarama` namespace and the Pazarama
// stores' pollers (one poller per store across replicas, by a lease). SANDBOX_URL names the sandbox
// test-mode stores talk to when they name no host.
import { runSubgraph } from "@pazargraph/runtime";
import { buildPazaramaSubgraph } from "./app.ts";

await runSubgraph(
  "pazarama",
  (config) => config.marketplaces.pazarama.port,
  async ({ ports, registry, internalSecret }, config, logger) =>
    buildPazaramaSubgraph({
      config,
      ports,
      registry,
      internalSecret,
      logger,
      sandboxUrl: process.env.SANDBOX_URL ?? (await ports.kv.get<{ url: string }>("sandboxes", "pazarama"))?.url,
    }),
);
