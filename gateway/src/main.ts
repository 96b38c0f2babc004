// The gateway as its own process (`node dist/gateway.js`): reads config and the environment
// (PAZARGRAPH_SUBGRAPHS, PORT, DATABASE_URL, REDIS_URL, the shared secrets) and serves the one
// endpoint in front of subgraphs that run elsewhere.
import { bootShared, type Config, ConfigError, portFromEnv, runService } from "@pazargraph/runtime";
import { buildGateway, type ServiceEndpoint } from "./app.ts";
import { createAuthenticator } from "./auth.ts";

/**
 * The subgraphs: PAZARGRAPH_SUBGRAPHS="stores=http://h:4001/graphql,orders=http://h:4002/graphql,…"
 * (the orders subgraph's WebSocket is the same URL with ws:); without it, every subgraph on this host
 * at its configured port.
 */
export function subgraphsFromEnv(config: Readonly<Config>, env: NodeJS.ProcessEnv = process.env): ServiceEndpoint[] {
  const list = env.PAZARGRAPH_SUBGRAPHS?.trim()
    ? env.PAZARGRAPH_SUBGRAPHS.split(",").map((pair) => {
        const [name, url] = pair.split("=").map((x) => x.trim());
        if (!name || !url || !/^https?:\/\//.test(url)) throw new ConfigError(`PAZARGRAPH_SUBGRAPHS: "${pair}" is not name=http(s)://…`);
        return { name, url };
      })
    : [
        { name: "stores", port: config.subgraphs.stores.port },
        { name: "orders", port: config.subgraphs.orders.port },
        { name: "catalogue", port: config.subgraphs.catalogue.port },
        { name: "accounting", port: config.subgraphs.accounting.port },
        ...Object.entries(config.marketplaces).map(([name, m]) => ({ name, port: m.port })),
      ].map(({ name, port }) => ({ name, url: `http://${config.host}:${port}/graphql` }));
  for (const needed of ["stores", "orders"]) if (!list.some((s) => s.name === needed)) throw new ConfigError(`PAZARGRAPH_SUBGRAPHS: no "${needed}" subgraph`);
  return list.map((s) => (s.name === "orders" ? { ...s, wsUrl: s.url.replace(/^http/, "ws") } : s));
}

await runService("gateway", async (config, logger) => {
  const shared = await bootShared(config, logger);
  try {
    const services = subgraphsFromEnv(config);
    const gateway = await buildGateway({
      config,
      logger,
      services,
      access: {
        authenticator: createAuthenticator({ apiKeys: shared.apiKeys, jwt: config.security.jwt }),
        internalSecret: shared.internalSecret,
        rateLimit: config.security.rateLimit,
        sharedRateLimit: shared.ports.redis,
        events: shared.ports.events,
      },
      introspection: config.gateway.introspection ?? config.mode.kind === "embedded",
      marketplaces: services.map((s) => s.name).filter((n) => n !== "stores" && n !== "orders"),
    });
    await gateway.app.listen({ port: portFromEnv(config.gateway.port), host: config.host });
    const { port } = gateway.app.server.address() as { port: number };
    return {
      url: `http://${config.host}:${port}/graphql`,
      close: async () => {
        await gateway.app.close();
        await shared.close();
      },
    };
  } catch (err) {
    await shared.close();
    throw err;
  }
});
