// The Beymen subgraph as its own process (`node dist/beymen.js`): the `beymen` namespace and the Beymen
// stores' pollers (one poller per store across replicas, by a lease). SANDBOX_URL names the sandbox
// test-mode stores talk to when they name no host.
import { bootShared, portFromEnv, runService } from "@pazargraph/runtime";
import { buildBeymenSubgraph } from "./app.ts";

await runService("beymen", async (config, logger) => {
  const shared = await bootShared(config, logger);
  try {
    const built = await buildBeymenSubgraph({
      config,
      ports: shared.ports,
      registry: shared.registry,
      internalSecret: shared.internalSecret,
      logger,
      sandboxUrl: process.env.SANDBOX_URL ?? (await shared.ports.kv.get<{ url: string }>("sandboxes", "beymen"))?.url,
    });
    const at = await built.server.listen(portFromEnv(config.subgraphs.beymen.port), config.host);
    return {
      url: at.url,
      close: async () => {
        await built.close();
        await shared.close();
      },
    };
  } catch (err) {
    await shared.close();
    throw err;
  }
});
