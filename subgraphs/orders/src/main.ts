// The orders subgraph as its own process (`node dist/orders.js`): the feed and the order events.
import { bootShared, portFromEnv, runService } from "@pazargraph/runtime";
import { buildOrdersSubgraph } from "./app.ts";

await runService("orders", async (config, logger) => {
  const shared = await bootShared(config, logger);
  try {
    const { ports } = shared;
    const orders = await buildOrdersSubgraph({
      events: ports.events,
      logger,
      internalSecret: shared.internalSecret,
      apiKeys: shared.apiKeys,
      hub: ports.hub,
      log: ports.orderEvents,
    });
    const at = await orders.server.listen(portFromEnv(config.subgraphs.orders.port), config.host);
    return {
      url: at.url,
      close: async () => {
        await orders.close();
        await shared.close();
      },
    };
  } catch (err) {
    await shared.close();
    throw err;
  }
});
