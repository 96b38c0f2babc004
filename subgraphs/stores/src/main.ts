// The stores subgraph as its own process (`node dist/stores.js`): stores, their credentials and API
// keys. It seeds the stores named in config (the demo stores), and tests a store's connection with the
// marketplace's own client (PAZARAMA_SANDBOX_URL / BEYMEN_SANDBOX_URL for test-mode stores without a host).
import { createSwrCache, runSubgraph, type StoreView, seedStoresFromConfig } from "@pazargraph/runtime";
import { BeymenService } from "@pazargraph/subgraph-beymen";
import { PazaramaService } from "@pazargraph/subgraph-pazarama";
import { buildStoresSubgraph } from "./app.ts";

await runSubgraph(
  "stores",
  (config) => config.subgraphs.stores.port,
  async (shared, config, logger) => {
    const { ports, registry } = shared;
    await seedStoresFromConfig(registry, config);
    const trees = createSwrCache({ cache: ports.cache, lock: ports.lock, ttlSeconds: 3600, staleSeconds: 86_400 });
    const sandboxOf = async (name: string) => process.env[`${name.toUpperCase()}_SANDBOX_URL`] ?? (await ports.kv.get<{ url: string }>("sandboxes", name))?.url;
    const pazarama = new PazaramaService({ config, trees, logger, sandboxUrl: await sandboxOf("pazarama") });
    const beymen = new BeymenService({ config, trees, logger, sandboxUrl: await sandboxOf("beymen") });
    const testers = {
      pazarama: (view: StoreView) => pazarama.testConnection(view),
      beymen: (view: StoreView) => beymen.testConnection(view),
    };
    const stores = await buildStoresSubgraph({ registry, apiKeys: shared.apiKeys, testers, internalSecret: shared.internalSecret, logger, hub: ports.hub });
    return {
      server: {
        listen: async (port: number, host?: string) => {
          const at = await stores.server.listen(port, host);
          shared.dataLock?.update({ storesUrl: at.url });
          return at;
        },
      },
      close: async () => {
        await stores.close();
        await pazarama.close();
        await beymen.close();
      },
    };
  },
);
