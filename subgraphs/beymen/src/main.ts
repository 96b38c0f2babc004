// The Beymen subgraph as its own process (`node dist/beymen.js`): the `beymen` namespace and the Beymen
// stores' pollers (one poller per store across replicas, by a lease). SANDBOX_URL names the sandbox
// test-mode stores talk to when they name no host.
import { runSubgraph } from "@pazargraph/runtime";
import { buildBeymenSubgraph } from "./app.ts";

await runSubgraph(
  "beymen",
  (config) => config.marketplaces.beymen.port,
  async ({ ports, registry, internalSecret }, config, logger) =>
    buildBeymenSubgraph({
      config,
      ports,
      registry,
      internalSecret,
      logger,
      sandboxUrl: process.env.SANDBOX_URL ?? (await ports.kv.get<{ url: string }>("sandboxes", "beymen"))?.url,
    }),
);
