// Starts the whole product in one process: ports (memory + data folder, or Redis), the marketplace
// sandbox, the subgraphs and the gateway. Used by `npm start`, the e2e tests and the benchmarks.
import { buildGateway, type Gateway } from "@pazargraph/gateway";
import { type Config, createLogger, createPorts, type Logger, type Ports } from "@pazargraph/runtime";
import { createPazaramaSandbox, type PazaramaSandbox } from "@pazargraph/sandbox";
import { buildOrdersSubgraph } from "@pazargraph/subgraph-orders";
import { buildPazaramaSubgraph } from "@pazargraph/subgraph-pazarama";
import { buildStoresSubgraph } from "@pazargraph/subgraph-stores";

export interface StackOptions {
  config: Readonly<Config>;
  logger?: Logger;
  /** Start the order poller. @default true */
  poll?: boolean;
  /** Sandbox order anchor (tests pin it). */
  sandboxAnchorMs?: number;
}

export interface Stack {
  config: Readonly<Config>;
  ports: Ports;
  gateway: Gateway;
  gatewayUrl: string;
  gatewayWsUrl: string;
  sandbox?: PazaramaSandbox;
  sandboxUrl?: string;
  pazarama: Awaited<ReturnType<typeof buildPazaramaSubgraph>>;
  subgraphUrls: Record<string, string>;
  close(): Promise<void>;
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const { config } = options;
  const logger = options.logger ?? createLogger({ name: "pazargraph", level: config.logLevel });
  const host = config.host;
  const closers: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch((err) => logger.error({ err }, "shutdown step failed"));
  };
  try {
    const ports = await createPorts(
      config.mode.kind === "redis" ? { kind: "redis", url: config.mode.url, prefix: config.mode.prefix } : { kind: "memory", dataDir: config.mode.dataDir },
    );
    closers.push(() => ports.close());

    let sandbox: PazaramaSandbox | undefined;
    let sandboxUrl: string | undefined;
    if (config.sandbox.enabled) {
      sandbox = createPazaramaSandbox({ seed: config.sandbox.seed, ...config.sandbox.pazarama, anchorMs: options.sandboxAnchorMs });
      await sandbox.app.listen({ port: config.sandbox.port, host });
      const addr = sandbox.app.server.address() as { port: number };
      sandboxUrl = `http://${host}:${addr.port}`;
      closers.push(() => sandbox!.app.close());
    }

    const stores = await buildStoresSubgraph({ config, logger: logger.child({ service: "stores" }) });
    const storesAt = await stores.server.listen(config.subgraphs.stores.port, host);
    closers.push(() => stores.close());

    const orders = await buildOrdersSubgraph({ events: ports.events, logger: logger.child({ service: "orders" }) });
    const ordersAt = await orders.server.listen(config.subgraphs.orders.port, host);
    closers.push(() => orders.close());

    const pazarama = await buildPazaramaSubgraph({ config, ports, logger: logger.child({ service: "pazarama" }), sandboxUrl, poll: options.poll });
    const pazaramaAt = await pazarama.server.listen(config.subgraphs.pazarama.port, host);
    closers.push(() => pazarama.close());

    const gateway = await buildGateway({
      config,
      logger: logger.child({ service: "gateway" }),
      services: [
        { name: "stores", url: storesAt.url },
        { name: "orders", url: ordersAt.url, wsUrl: ordersAt.wsUrl },
        { name: "pazarama", url: pazaramaAt.url },
      ],
    });
    await gateway.app.listen({ port: config.gateway.port, host });
    closers.push(() => gateway.app.close());
    const gwPort = (gateway.app.server.address() as { port: number }).port;
    return {
      config,
      ports,
      gateway,
      gatewayUrl: `http://${host}:${gwPort}/graphql`,
      gatewayWsUrl: `ws://${host}:${gwPort}/graphql`,
      sandbox,
      sandboxUrl,
      pazarama,
      subgraphUrls: { stores: storesAt.url, orders: ordersAt.url, pazarama: pazaramaAt.url },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
