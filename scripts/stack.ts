// Starts the whole product in one process: ports (memory + data folder, or Redis), the marketplace
// sandboxes, the subgraphs and the gateway. Used by `npm start`, the e2e tests and the benchmarks.

import { buildGateway, createAuthenticator, type Gateway, type ServiceEndpoint } from "@pazargraph/gateway";
import {
  ApiKeyStore,
  type BuiltMarketplaceSubgraph,
  bootShared,
  type Config,
  createLogger,
  DEMO_TENANT,
  enableTracing,
  type Logger,
  MARKETPLACES,
  type Ports,
  StoreRegistry,
  type StoreView,
  seedStoresFromConfig,
} from "@pazargraph/runtime";
import type { BeymenSandbox, PazaramaSandbox } from "@pazargraph/sandbox";
import { createParasutSandbox } from "@pazargraph/sandbox/parasut";
import { createPentaSandbox } from "@pazargraph/sandbox/penta";
import { buildAccountingSubgraph } from "@pazargraph/subgraph-accounting";
import { buildCatalogueSubgraph } from "@pazargraph/subgraph-catalogue";
import { buildOrdersSubgraph } from "@pazargraph/subgraph-orders";
import { buildStoresSubgraph } from "@pazargraph/subgraph-stores";
import type { FastifyInstance } from "fastify";

type MarketplaceName = string;

export interface StackOptions {
  config: Readonly<Config>;
  logger?: Logger;
  /** Start the order pollers. @default true */
  poll?: boolean;
  /** Sandbox order anchor (tests pin it). */
  sandboxAnchorMs?: number;
  /** The marketplaces to start (their sandboxes and subgraphs); every module when left out. A suite about one marketplace starts only that one. */
  marketplaces?: readonly string[];
}

export interface Stack {
  config: Readonly<Config>;
  /** The demo tenant's admin key issued at this start (security.demoKey; embedded mode by default). */
  demoKey?: string;
  /** The gateway-to-subgraph signing secret (benchmarks sign direct subgraph calls with it). */
  internalSecret: string;
  apiKeys: ApiKeyStore;
  ports: Ports;
  registry: StoreRegistry;
  gateway: Gateway;
  gatewayUrl: string;
  gatewayWsUrl: string;
  /** Each marketplace's sandbox base URL (when sandboxes run), the distributor's ("penta") and the accounting system's ("parasut"). */
  sandboxUrls: Partial<Record<MarketplaceName, string>>;
  /** The Pazarama sandbox (its URL is also `sandboxUrl`). */
  sandbox?: PazaramaSandbox;
  sandboxUrl?: string;
  beymenSandbox?: BeymenSandbox;
  /** The catalogue subgraph (its store and the stock deduction worker). */
  catalogue: Awaited<ReturnType<typeof buildCatalogueSubgraph>>;
  /** The accounting subgraph (its store and push worker). */
  accounting: Awaited<ReturnType<typeof buildAccountingSubgraph>>;
  /** Each marketplace's subgraph, by module name. */
  marketplaces: Record<MarketplaceName, BuiltMarketplaceSubgraph>;
  subgraphUrls: Record<string, string>;
  /** Live subscriptions in the orders subgraph (the gateway's upstream ones, shared by its clients). */
  liveSubscriptions(): number;
  /**
   * The gateway's client subscriptions, counted once every upstream subscription it holds is live in
   * the orders subgraph (else -1): tests wait on it instead of on time before making events happen.
   */
  subscribed(): number;
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
    const stopTracing = await enableTracing("pazargraph");
    closers.push(stopTracing);
    const shared = await bootShared(config, logger);
    closers.push(() => shared.close());
    const { ports, registry, apiKeys, internalSecret, dataLock } = shared;
    await seedStoresFromConfig(registry, config);
    const demoKey = (config.security.demoKey ?? config.mode.kind === "embedded") ? await issueDemoKey(apiKeys) : undefined;

    const modules = options.marketplaces ? MARKETPLACES.filter((m) => options.marketplaces?.includes(m.name)) : MARKETPLACES;
    const sandboxes: Partial<Record<MarketplaceName, { app: FastifyInstance }>> = {};
    const sandboxUrls: Partial<Record<MarketplaceName, string>> = {};
    if (config.sandbox.enabled) {
      for (const m of modules) {
        const settings = config.marketplaces[m.name];
        const code = await m.load();
        const sb = code.createSandbox({
          seed: config.sandbox.seed,
          anchorMs: options.sandboxAnchorMs,
          batchDelayMs: config.sandbox.batchDelayMs,
          credentials: settings.sandbox.credentials,
        });
        await sb.app.listen({ port: settings.sandbox.port, host });
        closers.push(() => sb.app.close());
        sandboxes[m.name] = sb;
        sandboxUrls[m.name] = `http://${host}:${(sb.app.server.address() as { port: number }).port}`;
        // Replicas without sandboxes find them here, so every replica serves the demo stores.
        await ports.kv.set(SANDBOXES_NS, m.name, { url: sandboxUrls[m.name] });
      }
    }
    if (config.sandbox.enabled) {
      // The distributor's sandbox (the supplier feed and supplier orders of test-mode accounts).
      const penta = createPentaSandbox({ token: config.suppliers.penta.sandbox.token, seed: config.sandbox.seed, anchorMs: options.sandboxAnchorMs });
      await penta.app.listen({ port: config.suppliers.penta.sandbox.port, host });
      closers.push(() => penta.app.close());
      sandboxUrls.penta = `http://${host}:${(penta.app.server.address() as { port: number }).port}`;
      await ports.kv.set(SANDBOXES_NS, "penta", { url: sandboxUrls.penta });
      // The accounting system's sandbox (test-mode Paraşüt connections).
      const parasut = createParasutSandbox({ ...config.accounting.parasut.sandbox.credentials, seed: config.sandbox.seed, anchorMs: options.sandboxAnchorMs });
      await parasut.app.listen({ port: config.accounting.parasut.sandbox.port, host });
      closers.push(() => parasut.app.close());
      sandboxUrls.parasut = `http://${host}:${(parasut.app.server.address() as { port: number }).port}`;
      await ports.kv.set(SANDBOXES_NS, "parasut", { url: sandboxUrls.parasut });
    }
    const sandboxFor = async (name: MarketplaceName) => sandboxUrls[name] ?? (await ports.kv.get<{ url: string }>(SANDBOXES_NS, name))?.url;

    const orders = await buildOrdersSubgraph({
      events: ports.events,
      logger: logger.child({ service: "orders" }),
      internalSecret,
      apiKeys,
      hub: ports.hub,
      log: ports.orderEvents,
    });
    const ordersAt = await orders.server.listen(config.subgraphs.orders.port, host);
    closers.push(() => orders.close());

    const subgraphs: Record<MarketplaceName, BuiltMarketplaceSubgraph> = {};
    const marketplaceServices: ServiceEndpoint[] = [];
    for (const m of modules) {
      const built = await (await m.load()).buildSubgraph({
        config,
        ports,
        registry,
        internalSecret,
        logger: logger.child({ service: m.name }),
        sandboxUrl: await sandboxFor(m.name),
        poll: options.poll,
      });
      const at = await built.server.listen(config.marketplaces[m.name].port, host);
      closers.push(() => built.close());
      subgraphs[m.name] = built;
      marketplaceServices.push({ name: m.name, url: at.url });
    }

    const testers = Object.fromEntries(Object.entries(subgraphs).map(([name, b]) => [name, (view: StoreView) => b.service.testConnection(view)]));
    const stores = await buildStoresSubgraph({ registry, apiKeys, testers, internalSecret, logger: logger.child({ service: "stores" }), hub: ports.hub });
    const storesAt = await stores.server.listen(config.subgraphs.stores.port, host);
    closers.push(() => stores.close());

    const catalogue = await buildCatalogueSubgraph({
      database: ports.database,
      registry,
      logger: logger.child({ service: "catalogue" }),
      internalSecret,
      requestDeadlineMs: config.subgraphs.requestDeadlineMs,
      log: ports.orderEvents,
      kv: ports.kv,
      events: ports.events,
      suppliers: { settings: config.suppliers, lock: ports.lock, sandboxUrl: sandboxFor, seed: config.supplierAccounts, run: options.poll !== false },
    });
    const catalogueAt = await catalogue.server.listen(config.subgraphs.catalogue.port, host);
    closers.push(() => catalogue.close());

    const accounting = await buildAccountingSubgraph({
      database: ports.database,
      registry,
      logger: logger.child({ service: "accounting" }),
      settings: config.accounting.parasut,
      internalSecret,
      requestDeadlineMs: config.subgraphs.requestDeadlineMs,
      log: ports.orderEvents,
      kv: ports.kv,
      lock: ports.lock,
      redis: ports.redis,
      events: ports.events,
      sandboxUrl: () => sandboxFor("parasut"),
    });
    const accountingAt = await accounting.server.listen(config.subgraphs.accounting.port, host);
    closers.push(() => accounting.close());

    const services: ServiceEndpoint[] = [
      { name: "stores", url: storesAt.url },
      { name: "orders", url: ordersAt.url, wsUrl: ordersAt.wsUrl },
      { name: "catalogue", url: catalogueAt.url },
      { name: "accounting", url: accountingAt.url },
      ...marketplaceServices,
    ];

    const gateway = await buildGateway({
      config,
      logger: logger.child({ service: "gateway" }),
      services,
      access: {
        authenticator: createAuthenticator({ apiKeys, jwt: config.security.jwt }),
        internalSecret,
        rateLimit: config.security.rateLimit,
        sharedRateLimit: ports.redis,
        events: ports.events,
      },
      introspection: config.gateway.introspection ?? config.mode.kind === "embedded",
      marketplaces: modules.map((m) => m.name),
    });
    dataLock?.update({ storesUrl: storesAt.url });
    await gateway.app.listen({ port: config.gateway.port, host });
    closers.push(() => gateway.app.close());
    const gwPort = (gateway.app.server.address() as { port: number }).port;
    return {
      config,
      demoKey,
      internalSecret,
      apiKeys,
      ports,
      registry,
      gateway,
      gatewayUrl: `http://${host}:${gwPort}/graphql`,
      gatewayWsUrl: `ws://${host}:${gwPort}/graphql`,
      sandboxUrls,
      sandbox: sandboxes.pazarama as PazaramaSandbox | undefined,
      sandboxUrl: sandboxUrls.pazarama,
      beymenSandbox: sandboxes.beymen as BeymenSandbox | undefined,
      marketplaces: subgraphs,
      catalogue,
      accounting,
      subgraphUrls: Object.fromEntries(services.map((s) => [s.name, s.url])),
      liveSubscriptions: () => orders.live.size,
      subscribed: () => {
        const { clients, upstream } = gateway.subscriptions();
        return orders.live.size >= upstream ? clients : -1;
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Config overrides: the same settings for every marketplace (`marketplaces.<name>`). */
export function everyMarketplace(settings: Record<string, unknown>): Record<string, Record<string, unknown>> {
  return Object.fromEntries(MARKETPLACES.map((m) => [m.name, settings]));
}

/** Config overrides putting the gateway, every subgraph and every sandbox on a free port (tests, benchmarks), with these marketplace settings. */
export function freePorts(settings: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    gateway: { port: 0 },
    subgraphs: { stores: { port: 0 }, orders: { port: 0 }, catalogue: { port: 0 }, accounting: { port: 0 } },
    marketplaces: everyMarketplace({ ...settings, port: 0, sandbox: { port: 0 } }),
    suppliers: { penta: { sandbox: { port: 0 } } },
    accounting: { parasut: { sandbox: { port: 0 } } },
  };
}

const DEMO_KEY_NAME = "Demo admin (printed at start)";
const SANDBOXES_NS = "sandboxes";

/** A fresh admin key for the demo tenant at each start; the one from the previous start is revoked. */
async function issueDemoKey(apiKeys: ApiKeyStore): Promise<string> {
  for (const k of await apiKeys.list(DEMO_TENANT)) if (k.name === DEMO_KEY_NAME && !k.revokedAt) await apiKeys.revoke(DEMO_TENANT, k.id);
  return (await apiKeys.create(DEMO_TENANT, DEMO_KEY_NAME, ["admin"])).key;
}
