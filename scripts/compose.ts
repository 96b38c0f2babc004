// Starts the subgraphs' schemas on free ports (no marketplace behind them) and composes them in the
// mercurius gateway, in a given service order. Used by the generator and the composition test.

import { randomBytes } from "node:crypto";
import { buildGateway, type Gateway } from "@pazargraph/gateway";
import {
  ApiKeyStore,
  createLogger,
  createMemoryEventBus,
  createSecretBox,
  createSubgraphServer,
  loadConfig,
  MARKETPLACES,
  openDatabase,
  StoreRegistry,
  seedStoresFromConfig,
} from "@pazargraph/runtime";
import { buildAccountingSchema } from "@pazargraph/subgraph-accounting";
import { buildCatalogueSubgraph } from "@pazargraph/subgraph-catalogue";
import { buildOrdersSubgraph } from "@pazargraph/subgraph-orders";
import { buildStoresSubgraph } from "@pazargraph/subgraph-stores";

export type ServiceName = string;
export const SERVICE_NAMES: ServiceName[] = ["stores", "orders", "catalogue", "accounting", ...MARKETPLACES.map((m) => m.name)];

export interface Composition {
  gateway: Gateway;
  /** Each subgraph's Federation v1 SDL, as served from `_service { sdl }`. */
  sdl: Record<ServiceName, string>;
  close(): Promise<void>;
}

export async function composeSubgraphs(order: ServiceName[] = SERVICE_NAMES): Promise<Composition> {
  const logger = createLogger({ name: "compose", level: "silent" });
  const config = loadConfig({}, { mode: { kind: "embedded", dataDir: "/nonexistent" } });
  // The schemas only: an in-memory database behind the stores subgraph's registry.
  const database = await openDatabase({});
  const registry = new StoreRegistry(database.db, createMemoryEventBus(), createSecretBox(randomBytes(32)));
  await seedStoresFromConfig(registry, config);
  const stores = await buildStoresSubgraph({ registry, apiKeys: new ApiKeyStore(database.db), testers: {}, logger });
  const orders = await buildOrdersSubgraph({ events: createMemoryEventBus(), logger });
  const catalogue = await buildCatalogueSubgraph({ database, registry, logger });
  const accounting = await buildAccountingSchema();
  const sdl = { stores: stores.sdl, orders: orders.sdl, catalogue: catalogue.sdl, accounting: accounting.sdl } as Record<ServiceName, string>;
  const servers: Record<string, { listen(port: number): Promise<{ url: string; wsUrl: string }>; close(): Promise<void> }> = {
    stores: stores.server,
    orders: orders.server,
    catalogue: catalogue.server,
    accounting: createSubgraphServer({ name: "accounting", schema: accounting.schema, logger, context: () => ({}) }),
  };
  for (const m of MARKETPLACES) {
    const built = await (await m.load()).buildSchema();
    sdl[m.name] = built.sdl;
    servers[m.name] = createSubgraphServer({ name: m.name, schema: built.schema, logger, context: () => ({}) });
  }
  const close = () =>
    Promise.all(Object.values(servers).map((s) => s.close()))
      .then(() => database.close())
      .then(() => undefined);
  try {
    const at: Record<string, { url: string; wsUrl: string }> = {};
    for (const [name, server] of Object.entries(servers)) at[name] = await server.listen(0);
    const gateway = await buildGateway({
      config: { gateway: { ...config.gateway, l1TtlSeconds: 0 } },
      logger,
      services: order.map((name) => ({ name, url: at[name].url, wsUrl: name === "orders" ? at.orders.wsUrl : undefined })),
    });
    await gateway.app.ready();
    return {
      gateway,
      sdl,
      close: async () => {
        await gateway.app.close();
        await close();
      },
    };
  } catch (err) {
    await close();
    throw err;
  }
}
