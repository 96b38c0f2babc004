// The stores subgraph as its own process (`node dist/stores.js`): stores, their credentials and API
// keys. It seeds the stores named in config (the demo stores), and tests a store's connection with the
// marketplace module's own client (<NAME>_SANDBOX_URL, e.g. PAZARAMA_SANDBOX_URL, for test-mode stores without a host).
import { createSwrCache, MARKETPLACES, runSubgraph, type StoreView, seedStoresFromConfig } from "@pazargraph/runtime";
import { buildStoresSubgraph } from "./app.ts";

await runSubgraph(
  "stores",
  (config) => config.subgraphs.stores.port,
  async (shared, config, logger) => {
    const { ports, registry } = shared;
    await seedStoresFromConfig(registry, config);
    const trees = createSwrCache({ cache: ports.cache, lock: ports.lock, ttlSeconds: 3600, staleSeconds: 86_400 });
    const sandboxOf = async (name: string) => process.env[`${name.toUpperCase()}_SANDBOX_URL`] ?? (await ports.kv.get<{ url: string }>("sandboxes", name))?.url;
    // Each marketplace module's own connection test (its client, its cheapest authenticated call).
    const tested = await Promise.all(
      MARKETPLACES.map(async (m) => [m.name, (await m.load()).connectionTester({ config, trees, logger, sandboxUrl: await sandboxOf(m.name) })] as const),
    );
    const testers = Object.fromEntries(tested.map(([name, t]) => [name, (view: StoreView) => t.test(view)]));
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
        for (const [, t] of tested) await t.close();
      },
    };
  },
);
