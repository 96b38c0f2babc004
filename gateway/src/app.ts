// The gateway: one GraphQL endpoint composed from the subgraphs (Federation v1, mercurius), with
// subscriptions forwarded over graphql-ws, GraphiQL at /graphiql, /health and /ready, query depth,
// alias and cost limits, masked errors, and the L1 cache on reference data.

import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import mercuriusGateway from "@mercuriusjs/gateway";
import type { Config, Logger } from "@pazargraph/runtime";
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from "fastify";
import type { ValidationRule } from "graphql";
import mercuriusCache from "mercurius-cache";
import { errorFormatter } from "./errors.ts";
import { cacheableFields, isCacheable, selectionKey } from "./l1-cache.ts";

export interface ServiceEndpoint {
  name: string;
  /** http://host:port/graphql */
  url: string;
  /** ws://host:port/graphql, for services with subscriptions. */
  wsUrl?: string;
}

export interface GatewayOptions {
  config: Pick<Config, "gateway">;
  services: ServiceEndpoint[];
  logger: Logger;
}

export interface Gateway {
  app: FastifyInstance<Server, IncomingMessage, ServerResponse, Logger>;
  /** L1 statistics since start (hits, misses, skips), for tests and benchmarks. */
  l1: { hits: number; misses: number; skips: number };
}

export async function buildGateway(options: GatewayOptions): Promise<Gateway> {
  const { gateway: limits } = options.config;
  const app = Fastify({ loggerInstance: options.logger, bodyLimit: 1024 * 1024 });
  const l1 = { hits: 0, misses: 0, skips: 0 };

  app.get("/health", async () => ({ status: "ok", service: "gateway" }));
  app.get("/ready", async (_req, reply) => {
    const checks = await Promise.all(
      options.services.map(async (s) => {
        try {
          const res = await fetch(s.url.replace(/\/graphql$/, "/ready"), { signal: AbortSignal.timeout(2000) });
          return { name: s.name, ready: res.ok };
        } catch {
          return { name: s.name, ready: false };
        }
      }),
    );
    const ready = checks.every((c) => c.ready);
    return reply.code(ready ? 200 : 503).send({ status: ready ? "ready" : "not ready", services: checks });
  });

  const validationRules: ValidationRule[] = [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, exposeLimits: true }) as unknown as ValidationRule,
    maxAliasesRule({ n: limits.maxAliases, exposeLimits: true }) as unknown as ValidationRule,
    costLimitRule({ maxCost: limits.maxCost, exposeLimits: true }) as unknown as ValidationRule,
  ];

  // Both plugins are CommonJS; their typings describe `.default`, the runtime value is the plugin.
  await app.register(mercuriusGateway as unknown as FastifyPluginAsync<Record<string, unknown>>, {
    gateway: {
      services: options.services.map((s) => ({ name: s.name, url: s.url, wsUrl: s.wsUrl, mandatory: true })),
      retryServicesCount: 20,
      retryServicesInterval: 500,
    },
    graphiql: true,
    subscription: true,
    validationRules,
    errorFormatter,
    allowBatchedQueries: false,
    jit: 1,
  });

  if (limits.l1TtlSeconds > 0) {
    // One policy per marketplace namespace named in config (gateway.l1Fields).
    const cacheable = cacheableFields(limits.l1Fields);
    const namespaces = Object.keys(limits.l1Fields).filter((name) => options.services.some((s) => s.name === name));
    const policy = Object.fromEntries(
      namespaces.map((name) => [
        name,
        {
          ttl: limits.l1TtlSeconds,
          skip: (_self: unknown, _arg: unknown, _ctx: unknown, info: never) => !isCacheable(info, cacheable),
          key: ({ arg, info }: { arg: unknown; info: never }) => selectionKey(info, arg),
        },
      ]),
    );
    await app.register(mercuriusCache as unknown as FastifyPluginAsync<Record<string, unknown>>, {
      ttl: limits.l1TtlSeconds,
      policy: { Query: policy },
      onHit: () => void l1.hits++,
      onMiss: () => void l1.misses++,
      onSkip: () => void l1.skips++,
    });
  }

  return { app, l1 };
}
