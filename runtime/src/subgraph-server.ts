// The one HTTP + WebSocket server every subgraph runs: Apollo Server 5 on node:http for queries and
// mutations, graphql-ws on the same port for subscriptions, /health (process is up) and /ready
// (dependencies answer), graceful shutdown that drains HTTP and closes sockets.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type BaseContext, HeaderMap } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { withDeadline } from "./deadline.ts";
import { maskError } from "./errors.ts";
import { IDENTITY_HEADER, type Identity, verifyIdentity } from "./identity.ts";
import type { Logger } from "./logger.ts";
import { metricsText, observeGraphql, operationLabel } from "./metrics.ts";
import { runWithTrace, startServerSpan, traceFrom } from "./trace.ts";

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  logger: Logger;
  /** Builds the per-operation context from HTTP headers (queries) or connection params (subscriptions). */
  context: (input: {
    headers: Record<string, string | string[] | undefined>;
    connectionParams?: Record<string, unknown>;
    /** The caller as the gateway signed it (undefined when the server runs without a secret). */
    identity?: Identity;
  }) => Promise<TContext> | TContext;
  /**
   * The secret the gateway signs identities with. When set, every GraphQL request and WebSocket
   * connection must carry a valid signature; anything else gets 401 / close 4401.
   */
  internalSecret?: string;
  /** Extra readiness checks (e.g. Redis ping); all must resolve for /ready to answer 200. */
  readiness?: () => Promise<void>;
  /** Largest accepted request body. @default 1048576 (1 MiB) */
  maxBodyBytes?: number;
  /**
   * Every request runs under this deadline (deadline.ts): marketplace calls made for it are cut to
   * what is left, so the answer (partial if need be) leaves before the gateway stops waiting. @default 12000
   */
  requestDeadlineMs?: number;
}

export interface SubgraphServer {
  listen(port: number, host?: string): Promise<{ url: string; wsUrl: string; port: number }>;
  close(): Promise<void>;
  readonly httpServer: Server;
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw Object.assign(new Error("request body too large"), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

export function createSubgraphServer<TContext extends BaseContext>(options: SubgraphServerOptions<TContext>): SubgraphServer {
  const { logger } = options;
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    // No Apollo Studio here: inline traces would only cost time on every request.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    introspection: true,
    formatError: (formatted, original) => {
      const masked = maskError(formatted);
      if (masked.extensions?.code === "INTERNAL") logger.error({ err: original }, "internal error");
      return masked as typeof formatted;
    },
  });
  let started: Promise<void> | null = null;
  let draining = false;

  const httpServer = createServer((req, res) => {
    const trace = traceFrom(req.headers);
    return runWithTrace(trace, () => {
      if (req.url?.startsWith("/graphql")) {
        const span = startServerSpan(trace, `${options.name} ${req.method} /graphql`, { "http.request.method": req.method ?? "GET" });
        res.on("close", () => span.end({ status: res.statusCode, error: res.statusCode >= 500 ? `HTTP ${res.statusCode}` : undefined }));
      }
      return handle(req, res);
    });
  });
  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://local");
    try {
      if (url.pathname === "/health") return sendJson(res, 200, { status: "ok", service: options.name });
      if (url.pathname === "/metrics") {
        const m = await metricsText();
        res.writeHead(200, { "content-type": m.contentType });
        return res.end(m.body);
      }
      if (url.pathname === "/ready") {
        if (draining) return sendJson(res, 503, { status: "draining" });
        try {
          await options.readiness?.();
          return sendJson(res, 200, { status: "ready", service: options.name });
        } catch (err) {
          return sendJson(res, 503, { status: "not ready", reason: (err as Error).message });
        }
      }
      if (url.pathname !== "/graphql") return sendJson(res, 404, { error: "not found" });
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
      const raw = req.method === "POST" ? await readBody(req, maxBody) : "";
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        return sendJson(res, 400, { errors: [{ message: "request body is not JSON", extensions: { code: "BAD_USER_INPUT" } }] });
      }
      let identity: Identity | undefined;
      if (options.internalSecret) {
        const signed = req.headers[IDENTITY_HEADER];
        identity = verifyIdentity(Array.isArray(signed) ? signed[0] : signed, options.internalSecret) ?? undefined;
        if (!identity) {
          logger.warn({ service: options.name, remote: req.socket.remoteAddress }, "request without a valid gateway signature refused");
          return sendJson(res, 401, { errors: [{ message: "requests must come through the gateway", extensions: { code: "UNAUTHENTICATED" } }] });
        }
      }
      const started = performance.now();
      const result = await withDeadline(options.requestDeadlineMs ?? 12_000, () =>
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
          context: async () => options.context({ headers: req.headers, identity }),
        }),
      );
      const out: Record<string, string> = {};
      for (const [k, v] of result.headers) out[k] = v;
      res.writeHead(result.status ?? 200, out);
      if (result.body.kind === "complete") {
        res.end(result.body.string);
        observeGraphql(
          options.name,
          operationLabel(body),
          (result.status ?? 200) >= 400 || result.body.string.includes('"errors":') ? "error" : "ok",
          (performance.now() - started) / 1000,
        );
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (err) {
      const status = (err as { status?: number }).status ?? 500;
      if (status === 500) logger.error({ err }, "request failed");
      if (!res.headersSent)
        sendJson(res, status, {
          errors: [{ message: status === 413 ? "request body too large" : "Internal error", extensions: { code: status === 413 ? "QUERY_TOO_COMPLEX" : "INTERNAL" } }],
        });
      else res.end();
    }
  }

  const wss = new WebSocketServer({ server: httpServer, path: "/graphql" });
  const connectionIdentity = new WeakMap<object, Identity>();
  const wsCleanup = useServer<Record<string, unknown>, { ctx?: TContext }>(
    {
      schema: options.schema,
      // The signature is checked once, when the connection opens; the connection then keeps its
      // identity for as long as it lives (a signature goes stale after minutes, a socket lives longer).
      onConnect: (ctx) => {
        if (!options.internalSecret) return true;
        const identity = verifyIdentity(ctx.connectionParams?.[IDENTITY_HEADER] as string | undefined, options.internalSecret);
        if (!identity) {
          logger.warn({ service: options.name }, "subscription connection without a valid gateway signature refused");
          return false;
        }
        connectionIdentity.set(ctx, identity);
        return true;
      },
      context: async (ctx) => options.context({ headers: ctx.extra.request.headers, connectionParams: ctx.connectionParams, identity: connectionIdentity.get(ctx) }),
      onError: (_ctx, _id, _payload, errors) => {
        logger.warn({ errors: errors.map((e) => e.message) }, "subscription error");
      },
    },
    wss,
  );

  return {
    httpServer,
    async listen(port, host = "127.0.0.1") {
      started ??= apollo.start();
      await started;
      await new Promise<void>((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => resolve());
      });
      const addr = httpServer.address() as AddressInfo;
      const url = `http://${host}:${addr.port}/graphql`;
      logger.info({ service: options.name, url }, "subgraph listening");
      return { url, wsUrl: url.replace(/^http/, "ws"), port: addr.port };
    },
    async close() {
      draining = true;
      await wsCleanup.dispose();
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeIdleConnections();
        setTimeout(() => httpServer.closeAllConnections(), 2000).unref();
      });
      if (started) await apollo.stop();
    },
  };
}
