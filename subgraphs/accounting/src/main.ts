// The accounting subgraph as its own process (`node dist/accounting.js`): the Paraşüt connection, the
// push worker (one request budget per company across replicas, through Redis) and Order.accounting.
// PARASUT_SANDBOX_URL names the sandbox test-mode connections talk to.
import { runSubgraph } from "@pazargraph/runtime";
import { buildAccountingSubgraph } from "./app.ts";

await runSubgraph(
  "accounting",
  (config) => config.subgraphs.accounting.port,
  async ({ ports, registry, internalSecret }, config, logger) =>
    buildAccountingSubgraph({
      database: ports.database,
      registry,
      logger,
      settings: config.accounting.parasut,
      internalSecret,
      requestDeadlineMs: config.subgraphs.requestDeadlineMs,
      log: ports.orderEvents,
      kv: ports.kv,
      lock: ports.lock,
      redis: ports.redis,
      events: ports.events,
      sandboxUrl: async () => process.env.PARASUT_SANDBOX_URL ?? (await ports.kv.get<{ url: string }>("sandboxes", "parasut"))?.url,
    }),
);
