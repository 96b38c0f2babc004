// The orders subgraph as its own process (`node dist/orders.js`): the feed and the order events.
import { runSubgraph } from "@pazargraph/runtime";
import { buildOrdersSubgraph } from "./app.ts";

await runSubgraph(
  "orders",
  (config) => config.subgraphs.orders.port,
  ({ ports, internalSecret, apiKeys }, _config, logger) => buildOrdersSubgraph({ events: ports.events, logger, internalSecret, apiKeys, hub: ports.hub, log: ports.orderEvents }),
);
