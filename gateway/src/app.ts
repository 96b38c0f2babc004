// The gateway: one GraphQL endpoint composed from the subgraphs (Federation v1, mercurius), with
// subscriptions forwarded over graphql-ws, GraphiQL at /graphiql, /health and /ready, query depth,
// alias and cost limits, masked errors, and the L1 cache on reference data.

import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import mercuriusGateway from "@mercuriusjs/gateway";
import { type Config, IDENTITY_HEADER, type Identity, type Logger, requireScope, signIdentity, unauthenticated } from "@pazargraph/runtime";
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyReply } from "fastify";
import { type ArgumentNode, type DocumentNode, Kind, type ValidationRule } from "graphql";
import mercuriusCache from "mercurius-cache";
import { type Authenticator, createRateLimiter, type RateLimit } from "./auth.ts";
import { errorFormatter } from "./errors.ts";
import { cacheableFields, isCacheable, selectionKey } from "./l1-cache.ts";

export interface ServiceEndpoint {
  name: string;
  /** http://host:port/graphql */
  url: string;
  /** ws://host:port/graphql, for services with subscriptions. */
  wsUrl?: string;
}

export interface GatewayAccess {
  authenticator: Authenticator;
  /** Signs identities for the subgraphs. */
  internalSecret: string;
  rateLimit: RateLimit;
}

export interface GatewayOptions {
  config: Pick<Config, "gateway">;
  services: ServiceEndpoint[];
  logger: Logger;
  /** Authentication, signing and rate limits; without it the gateway is open (composition checks only). */
  access?: GatewayAccess;
}

/** The gateway's own identity, for its schema fetches and its upstream WebSocket connections. */
const GATEWAY_IDENTITY: Identity = { tenantId: "*gateway", subject: "gateway", scopes: [] };

declare module "fastify" {
  interface FastifyRequest {
    identity?: Identity;
  }
}

function graphqlError(reply: FastifyReply, status: number, err: { message: string; extensions?: Record<string, unknown> }) {
  return reply
    .code(status)
    .type("application/json")
    .send({ errors: [{ message: err.message, extensions: err.extensions }] });
}

/** Sets the caller's signed identity as the `auth` argument of every subscription field (see runtime/identity.ts). */
function injectSubscriptionAuth(document: DocumentNode, signed: string) {
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION || def.operation !== "subscription") continue;
    for (const sel of def.selectionSet.selections) {
      if (sel.kind !== Kind.FIELD) continue;
      const args = (sel.arguments ?? []).filter((a) => a.name.value !== "auth");
      args.push({ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: "auth" }, value: { kind: Kind.STRING, value: signed } });
      (sel as { arguments: readonly ArgumentNode[] }).arguments = args;
    }
  }
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

  const access = options.access;
  if (access) {
    const limit = createRateLimiter(access.rateLimit);
    // Every GraphQL request over HTTP needs an identity; WebSocket clients authenticate in connection_init.
    app.addHook("preHandler", async (req, reply) => {
      if (req.routeOptions.url !== "/graphql" || req.headers.upgrade?.toLowerCase() === "websocket") return;
      const header = (name: string) => {
        const v = req.headers[name];
        return Array.isArray(v) ? v[0] : v;
      };
      const identity = await access.authenticator.authenticate({ apiKey: header("x-api-key"), authorization: header("authorization") });
      if (!identity) return graphqlError(reply, 401, unauthenticated());
      try {
        await limit(identity.subject);
      } catch (err) {
        const e = err as { message: string; extensions: Record<string, unknown> };
        reply.header("retry-after", String(e.extensions.retryAfterSeconds));
        return graphqlError(reply, 429, e);
      }
      req.identity = identity;
    });
  }
  const sign = (identity: Identity) => signIdentity(identity, access?.internalSecret ?? "");
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
      services: options.services.map((s) => ({
        name: s.name,
        url: s.url,
        wsUrl: s.wsUrl,
        mandatory: true,
        ...(access
          ? {
              // The caller's identity, signed, instead of the client's own credentials.
              rewriteHeaders: (_headers: unknown, context?: { identity?: Identity }) => ({ [IDENTITY_HEADER]: sign(context?.identity ?? GATEWAY_IDENTITY) }),
              initHeaders: () => ({ [IDENTITY_HEADER]: sign(GATEWAY_IDENTITY) }),
              wsConnectionParams: () => ({ connectionInitPayload: () => ({ [IDENTITY_HEADER]: sign(GATEWAY_IDENTITY) }) }),
            }
          : {}),
      })),
      retryServicesCount: 20,
      retryServicesInterval: 500,
    },
    graphiql: true,
    context: (req: { identity?: Identity }) => ({ identity: req.identity }),
    subscription: access
      ? {
          // graphql-ws clients send { "x-api-key": … } or { authorization: "Bearer …" } in connection_init.
          onConnect: async ({ payload }: { payload?: Record<string, unknown> }) => {
            const str = (v: unknown) => (typeof v === "string" ? v : undefined);
            const identity = await access.authenticator.authenticate({ apiKey: str(payload?.["x-api-key"] ?? payload?.apiKey), authorization: str(payload?.authorization) });
            return identity ? { identity } : false;
          },
        }
      : true,
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
          // Per tenant: a namespace answer depends on the caller's stores, whatever it selects.
          key: ({ arg, info, ctx }: { arg: unknown; info: never; ctx?: { identity?: Identity } }) => selectionKey(info, arg, ctx?.identity?.tenantId ?? ""),
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

  if (access) {
    const graphql = (app as unknown as { graphql: { addHook(name: string, fn: (...args: never[]) => Promise<void>): void } }).graphql;
    graphql.addHook("preSubscriptionExecution", (async (_schema: unknown, document: DocumentNode, context: { identity?: Identity }) => {
      if (!context.identity) throw unauthenticated();
      requireScope(context.identity, "read");
      injectSubscriptionAuth(document, sign(context.identity));
    }) as never);
  }

  return { app, l1 };
}
