// Starts the subgraphs' schemas on free ports (no marketplace behind them) and composes them in the
// mercurius gateway, in a given service order. Used by the generator and the composition test.
import { buildGateway, type Gateway } from "@pazargraph/gateway";
import { createLogger, createMemoryEventBus, createSubgraphServer, loadConfig } from "@pazargraph/runtime";
import { buildOrdersSubgraph } from "@pazargraph/subgraph-orders";
import { buildPazaramaSchema } from "@pazargraph/subgraph-pazarama";
import { buildStoresSubgraph } from "@pazargraph/subgraph-stores";

export type ServiceName = "stores" | "orders" | "pazarama";

export interface Composition {
  gateway: Gateway;
  /** Each subgraph's Federation v1 SDL, as served from `_service { sdl }`. */
  sdl: Record<ServiceName, string>;
  close(): Promise<void>;
}

export async function composeSubgraphs(order: ServiceName[] = ["stores", "orders", "pazarama"]): Promise<Composition> {
  const logger = createLogger({ name: "compose", level: "silent" });
  const config = loadConfig({}, { mode: { kind: "embedded", dataDir: "/nonexistent" } });
  const stores = await buildStoresSubgraph({ config, logger });
  const orders = await buildOrdersSubgraph({ events: createMemoryEventBus(), logger });
  const pazarama = await buildPazaramaSchema();
  const servers = { stores: stores.server, orders: orders.server, pazarama: createSubgraphServer({ name: "pazarama", schema: pazarama.schema, logger, context: () => ({}) }) };
  const close = () => Promise.all(Object.values(servers).map((s) => s.close())).then(() => undefined);
  try {
    const at = { stores: await servers.stores.listen(0), orders: await servers.orders.listen(0), pazarama: await servers.pazarama.listen(0) };
    const gateway = await buildGateway({
      config: { gateway: { ...config.gateway, l1TtlSeconds: 0 } },
      logger,
      services: order.map((name) => ({ name, url: at[name].url, wsUrl: name === "orders" ? at.orders.wsUrl : undefined })),
    });
    await gateway.app.ready();
    return {
      gateway,
      sdl: { stores: stores.sdl, orders: orders.sdl, pazarama: pazarama.sdl },
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
