// The gateway: one GraphQL endpoint composed from the subgraphs (Federation v1, mercurius), with
// subscriptions forwarded over graphql-ws, GraphiQL at /graphiql, /health and /ready, query depth,
// alias and cost limits, masked errors, and the L1 cache on reference data.

import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import fastifyWebsocket from "@fastify/websocket";
import mercuriusGateway from "@mercuriusjs/gateway";
import {
  API_KEY_EVENTS_STREAM,
  type ApiKeyEvent,
  badInput,
  type Config,
  type EventBus,
  IDENTITY_HEADER,
  type Identity,
  LIVE,
  type Logger,
  metrics,
  metricsText,
  outgoingTraceHeaders,
  type RedisClient,
  requireScope,
  runWithTrace,
  signIdentity,
  startServerSpan,
  traceFrom,
  unauthenticated,
} from "@pazargraph/runtime";
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyReply } from "fastify";
import {
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getOperationAST,
  Kind,
  NoSchemaIntrospectionCustomRule,
  type SelectionNode,
  type ValidationRule,
} from "graphql";
import mercuriusCache from "mercurius-cache";
import type { WebSocketServer } from "ws";
import { type Authenticator, createRateLimiter, type RateLimit } from "./auth.ts";
import { checkBudget } from "./budget.ts";
import { createErrorFormatter } from "./errors.ts";
import { registerExplorer } from "./explorer.ts";
import { cacheableFields, isCacheable, selectionKey } from "./l1-cache.ts";
import { markFailed, observeRequests, observeSubgraphFetches } from "./observe.ts";
import { isRegistered, persistedQueryProvider, registeredDocuments } from "./persisted.ts";
import { installResponseCache } from "./response-cache.ts";
import { guardWebSockets, WS_TICKET, type WsGuard } from "./ws-guard.ts";

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
  /** Redis (Redis mode): the rate limit is counted there, shared by every gateway replica. */
  sharedRateLimit?: { client: RedisClient; prefix: string };
  /** Where API key revocations are announced (every replica closes the key's sockets). */
  events?: EventBus;
}

export interface GatewayOptions {
  config: Pick<Config, "gateway">;
  services: ServiceEndpoint[];
  logger: Logger;
  /** Authentication, signing and rate limits; without it the gateway is open (composition checks only). */
  access?: GatewayAccess;
  /** The services that stand for a marketplace (their failures are MARKETPLACE_UNAVAILABLE). */
  marketplaces?: string[];
  /** Schema introspection; @default gateway.introspection, else true. */
  introspection?: boolean;
}

/**
 * Who a subscription goes upstream as: the caller's tenant, read scope, signed once per tenant and
 * hour. Identical subscriptions of a tenant's callers (document and variables) are then one upstream
 * subscription, shared by the subscription client and fanned out here. The caller's own key is
 * checked at the gateway (at connection_init and every subscribe, its sockets closed on revocation or
 * expiry, ws-guard.ts), so the subgraph needs only the tenant.
 */
const SUBSCRIBER = { subject: "gateway:subscriptions", scopes: ["read"] } as const;
const SUBSCRIPTION_SIGNATURE_MS = 3600_000;

function subscriptionSigner(secret: string) {
  const signed = new Map<string, { value: string; at: number }>();
  return (tenantId: string) => {
    const now = Date.now();
    const hit = signed.get(tenantId);
    if (hit && now - hit.at < SUBSCRIPTION_SIGNATURE_MS) return hit.value;
    const value = signIdentity({ tenantId, subject: SUBSCRIBER.subject, scopes: [...SUBSCRIBER.scopes] }, secret, now);
    signed.set(tenantId, { value, at: now });
    return value;
  };
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

/** A subscription's root selections with fragment spreads and inline fragments replaced by their fields. */
function rootFields(selections: readonly SelectionNode[], fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): SelectionNode[] {
  const out: SelectionNode[] = [];
  for (const sel of selections) {
    if (sel.kind === Kind.FIELD) out.push(sel);
    else if (sel.kind === Kind.INLINE_FRAGMENT) out.push(...rootFields(sel.selectionSet.selections, fragments, seen));
    else {
      const f = fragments.get(sel.name.value);
      if (!f || seen.has(f.name.value)) continue;
      seen.add(f.name.value);
      out.push(...rootFields(f.selectionSet.selections, fragments, seen));
    }
  }
  return out;
}

/**
 * Sets the caller's signed identity as the `auth` argument of every subscription field (see
 * runtime/identity.ts). Root fragments are flattened first, so a fragment-wrapped subscription is
 * signed like a plain one.
 */
function injectSubscriptionAuth(document: DocumentNode, signed: string) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION || def.operation !== "subscription") continue;
    const fields = rootFields(def.selectionSet.selections, fragments);
    (def.selectionSet as { selections: readonly SelectionNode[] }).selections = fields;
    for (const sel of fields) {
      if (sel.kind !== Kind.FIELD) continue;
      const args = (sel.arguments ?? []).filter((a) => a.name.value !== "auth");
      args.push({ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: "auth" }, value: { kind: Kind.STRING, value: signed } });
      (sel as { arguments: readonly ArgumentNode[] }).arguments = args;
    }
  }
}

export interface Gateway {
  app: FastifyInstance<Server, IncomingMessage, ServerResponse, Logger>;
  /** L0 statistics since start (whole answers served before parsing), for tests and benchmarks. */
  l0: { hits: number; misses: number };
  /** L1 statistics since start (hits, misses, skips), for tests and benchmarks. */
  l1: { hits: number; misses: number; skips: number };
  /** The WebSocket front door (open sockets, closing a key's sockets). */
  ws?: WsGuard;
  /** Client subscriptions attached to upstream ones, and the upstream subscriptions they share. */
  subscriptions(): { clients: number; upstream: number };
}

interface UpstreamClient {
  operations: Map<string, unknown>;
  operationsCount: Record<string, number>;
}

export async function buildGateway(options: GatewayOptions): Promise<Gateway> {
  const { gateway: limits } = options.config;
  const app = Fastify({
    loggerInstance: options.logger,
    // A client's x-request-id (when well-formed) names its request in every log line and in the
    // subgraphs' and marketplaces' logs; else one is made.
    genReqId: (req) => traceFrom(req.headers).requestId,
    bodyLimit: limits.maxBodyBytes,
    // Requests node's HTTP parser refuses (a URL or headers over 16 KiB, broken HTTP) still get a
    // GraphQL-shaped, coded answer.
    clientErrorHandler: (err: NodeJS.ErrnoException, socket) => {
      if (!socket.writable) return socket.destroy();
      const tooLarge = err.code === "HPE_HEADER_OVERFLOW";
      const body = JSON.stringify({
        errors: [
          tooLarge
            ? { message: "the URL or headers are too large; send the document in a POST body", extensions: { code: "QUERY_TOO_COMPLEX" } }
            : { message: "the request is not valid HTTP", extensions: { code: "BAD_USER_INPUT" } },
        ],
      });
      const status = tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request";
      socket.end(`HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    },
  });
  const documents = limits.persistedQueries.mode === "allowList" ? registeredDocuments() : new Map<string, string>();
  const budget = { maxQueryBytes: limits.maxQueryBytes, maxTokens: limits.maxTokens, maxSameField: limits.maxSameField };
  const l1 = { hits: 0, misses: 0, skips: 0 };

  // The request's trace (W3C traceparent, request id) for everything done for it, logs included.
  app.addHook("onRequest", (req, reply, done) => {
    const trace = traceFrom({ ...req.headers, "x-request-id": req.id });
    reply.header("x-request-id", trace.requestId);
    if (req.url.startsWith("/graphql") && (req as { ws?: boolean }).ws !== true) {
      const span = startServerSpan(trace, `gateway ${req.method} /graphql`, { "http.request.method": req.method });
      reply.raw.on("close", () => span.end({ status: reply.raw.statusCode }));
    }
    runWithTrace(trace, done);
  });
  app.get("/health", async () => ({ status: "ok", service: "gateway" }));
  app.get("/metrics", async (_req, reply) => {
    const m = await metricsText();
    return reply.type(m.contentType).send(m.body);
  });
  registerExplorer(app);
  observeRequests(app);
  observeSubgraphFetches(app, options.services);

  const access = options.access;
  const limit = createRateLimiter(access?.rateLimit ?? { points: 1, windowSeconds: 1 }, access?.sharedRateLimit);
  if (access) {
    // Every GraphQL request over HTTP needs an identity. A real WebSocket upgrade (`req.ws`, set only
    // for requests that came through the server's 'upgrade' event, never from a header) authenticates
    // in connection_init, through the same authenticator (ws-guard.ts).
    app.addHook("preHandler", async (req, reply) => {
      if (req.routeOptions.url !== "/graphql" || (req as { ws?: boolean }).ws === true) return;
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
  // L0: whole reference-data answers before parsing (response-cache.ts), after authentication and the rate limit.
  const l0 =
    limits.l1TtlSeconds > 0 && limits.l0TtlSeconds > 0
      ? installResponseCache(app as unknown as FastifyInstance, {
          cacheable: cacheableFields(limits.l1Fields),
          ttlMs: Math.min(limits.l0TtlSeconds, limits.l1TtlSeconds) * 1000,
          maxEntries: Math.max(1, limits.queryCacheEntries),
          maxQueryBytes: limits.maxQueryBytes,
          // Per tenant and scopes: a key without `read` never gets what a reading key of its tenant was answered.
          scopeOf: (req) => (access ? (req.identity ? `${req.identity.tenantId}\n${[...req.identity.scopes].sort().join(",")}` : undefined) : ""),
        })
      : { hits: 0, misses: 0 };
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

  const introspection = options.introspection ?? limits.introspection ?? true;
  const validationRules: ValidationRule[] = [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, exposeLimits: true }) as unknown as ValidationRule,
    maxAliasesRule({ n: limits.maxAliases, exposeLimits: true }) as unknown as ValidationRule,
    costLimitRule({ maxCost: limits.maxCost, exposeLimits: true }) as unknown as ValidationRule,
    ...(introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];

  // Our own WebSocket server, registered before mercurius (which then uses it), so that frames are
  // bounded in size from the first byte.
  let ws: WsGuard | undefined;
  // Shutdown: sockets are told why (1001) before @fastify/websocket's own preClose closes the rest.
  app.addHook("preClose", async () => ws?.closeAll(1001, "server shutting down"));
  await app.register(fastifyWebsocket, { options: { maxPayload: limits.ws.maxFrameBytes } });

  // Both plugins are CommonJS; their typings describe `.default`, the runtime value is the plugin.
  await app.register(mercuriusGateway as unknown as FastifyPluginAsync<Record<string, unknown>>, {
    gateway: {
      services: options.services.map((s) => ({
        name: s.name,
        url: s.url,
        wsUrl: s.wsUrl,
        mandatory: true,
        bodyTimeout: limits.subgraphTimeoutMs,
        headersTimeout: limits.subgraphTimeoutMs,
        connections: limits.subgraphConnections,
        // Identical queries in flight for the same caller (tenant, subject, scopes) go upstream once (patched in; see patches/).
        dedupeKey: (context?: { identity?: Identity }) =>
          limits.dedupeInflight && context?.identity ? JSON.stringify([context.identity.tenantId, context.identity.subject, [...context.identity.scopes].sort()]) : null,
        ...(access
          ? {
              // The caller's identity, signed, instead of the client's own credentials.
              rewriteHeaders: (_headers: unknown, context?: { identity?: Identity }) => ({
                [IDENTITY_HEADER]: sign(context?.identity ?? GATEWAY_IDENTITY),
                ...outgoingTraceHeaders(),
              }),
              initHeaders: () => ({ [IDENTITY_HEADER]: sign(GATEWAY_IDENTITY) }),
              // Upstream sockets carry the gateway's own identity; no client connection_init payload goes upstream.
              wsConnectionParams: () => ({ connectionInitPayload: () => ({ [IDENTITY_HEADER]: sign(GATEWAY_IDENTITY) }), rewriteConnectionInitPayload: () => undefined }),
            }
          : {}),
      })),
      // The gateway's per-query resolver plans, keyed by the whole document: bounded like mercurius's own.
      cache: limits.queryCacheEntries > 0 ? limits.queryCacheEntries : false,
      retryServicesCount: 20,
      retryServicesInterval: 500,
      // A subgraph that was down when the gateway started (or whose schema changed) is composed in
      // when it answers again: the gateway starts with what is up rather than not at all.
      ...(limits.schemaPollMs > 0 ? { pollingInterval: limits.schemaPollMs } : {}),
    },
    // The explorer is served by explorer.ts from local assets (mercurius's loads them from a CDN).
    graphiql: false,
    context: (req: { identity?: Identity }) => ({ identity: req.identity }),
    subscription: access
      ? {
          // graphql-ws clients send { "x-api-key": … } or { authorization: "Bearer …" } in connection_init;
          // ws-guard.ts has checked it and handed mercurius a one-time ticket for the identity.
          onConnect: async ({ payload }: { payload?: Record<string, unknown> }) => {
            const identity = ws?.redeem(payload?.[WS_TICKET]) ?? null;
            return identity ? { identity } : false;
          },
        }
      : true,
    validationRules,
    persistedQueryProvider: persistedQueryProvider(limits.persistedQueries.mode, limits.persistedQueries.cacheEntries, documents) as never,
    errorFormatter: createErrorFormatter(new Set(options.marketplaces ?? [])),
    allowBatchedQueries: false,
    jit: 1,
    // Parsed documents kept per replica: bounded in number here and in size by the budget.
    cache: limits.queryCacheEntries > 0 ? limits.queryCacheEntries : false,
    graphql: { parseOptions: { maxTokens: limits.maxTokens } },
  });

  const graphqlHooks = (app as unknown as { graphql: { addHook(name: string, fn: (...args: never[]) => Promise<void>): void; schema: GraphQLSchema } }).graphql;
  // The validation budget before parsing (HTTP; WebSocket frames are checked in ws-guard.ts).
  graphqlHooks.addHook("preParsing", (async (_schema: unknown, source: string) => checkBudget(source, budget)) as never);
  // An execution's errors count its request as failed in the metrics (observe.ts), without scanning a large answer for them.
  graphqlHooks.addHook("onResolution", (async (execution: { errors?: readonly unknown[] }, context: { reply?: { request?: object } }) => {
    if (execution.errors?.length && context.reply?.request) markFailed(context.reply.request);
  }) as never);
  // A subscription needs a WebSocket: over HTTP it is the caller's mistake, said plainly.
  graphqlHooks.addHook("preExecution", (async (
    _schema: unknown,
    document: DocumentNode,
    context: { reply?: { request?: { body?: { operationName?: string }; query?: { operationName?: string } } } },
  ) => {
    const req = context.reply?.request;
    const operationName = req?.body?.operationName ?? req?.query?.operationName;
    const operation = getOperationAST(document, typeof operationName === "string" ? operationName : undefined);
    if (operation?.operation === "subscription") throw badInput("subscriptions run over a WebSocket (graphql-ws) at this same URL, not over HTTP");
  }) as never);

  if (access) {
    ws = guardWebSockets((app as unknown as { websocketServer: WebSocketServer }).websocketServer, {
      authenticator: access.authenticator,
      limits: limits.ws,
      budget,
      validationRules,
      schema: () => graphqlHooks.schema,
      rateLimit: limit,
      logger: options.logger,
      registered: limits.persistedQueries.mode === "allowList" ? (query) => isRegistered(documents, query) : undefined,
    });
    // Revocations from any replica close the key's open sockets here.
    if (access.events) {
      const abort = new AbortController();
      const events = access.events;
      void (async () => {
        try {
          for await (const e of events.subscribe<ApiKeyEvent>(API_KEY_EVENTS_STREAM, LIVE, abort.signal)) {
            if (e.payload.kind === "revoked") ws?.closeSubject(`key:${e.payload.keyId}`, "Forbidden: the API key was revoked");
          }
        } catch (err) {
          if (!abort.signal.aborted) options.logger.error({ err }, "API key revocation feed stopped");
        }
      })();
      app.addHook("onClose", async () => abort.abort());
    }
  }

  if (limits.l1TtlSeconds > 0) {
    // One policy per marketplace namespace named in config (gateway.l1Fields).
    const cacheable = cacheableFields(limits.l1Fields);
    // Namespaces in the composed schema only: one whose subgraph was down at start gets no L1 until
    // the next start (mercurius-cache refuses a policy for a field the schema does not have).
    const queryFields = app.graphql.schema.getQueryType()?.getFields() ?? {};
    const namespaces = Object.keys(limits.l1Fields).filter((name) => options.services.some((s) => s.name === name) && name in queryFields);
    const missing = options.services.filter((s) => !(s.name in queryFields) && s.name in limits.l1Fields).map((s) => s.name);
    if (missing.length) options.logger.warn({ services: missing }, "subgraphs not composed at start: served once they answer, without the L1 cache until the next start");
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
      onHit: () => {
        l1.hits++;
        metrics.cache.inc({ cache: "l1", result: "hit" });
      },
      onMiss: () => {
        l1.misses++;
        metrics.cache.inc({ cache: "l1", result: "miss" });
      },
      onSkip: () => void l1.skips++,
    });
  }

  if (access) {
    const subscriptionAuth = subscriptionSigner(access.internalSecret);
    graphqlHooks.addHook("preSubscriptionExecution", (async (_schema: unknown, document: DocumentNode, context: { identity?: Identity }) => {
      if (!context.identity) throw unauthenticated();
      requireScope(context.identity, "read");
      injectSubscriptionAuth(document, subscriptionAuth(context.identity.tenantId));
    }) as never);
  }

  const subscriptions = () => {
    let clients = 0;
    let upstream = 0;
    const services = (app as unknown as { graphqlGateway: { serviceMap: Record<string, { client?: UpstreamClient }> } }).graphqlGateway.serviceMap;
    for (const { client } of Object.values(services)) {
      if (!client) continue;
      upstream += client.operations.size;
      for (const n of Object.values(client.operationsCount)) clients += n;
    }
    return { clients, upstream };
  };
  return { app, l0, l1, ws, subscriptions };
}
