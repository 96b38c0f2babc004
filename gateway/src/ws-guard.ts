// The gateway's WebSocket front door. Every frame a client sends passes through here, in order, before
// mercurius sees it: the same authenticator and validation budget as HTTP, the same validation rules
// (mercurius runs none on subscriptions), and what a socket may do:
// - connection_init within `connectionInitTimeoutMs` (else close 4408), once (else 4429), with valid
//   credentials (else 4403); at most `maxSocketsPerKey` open sockets per key (else 4429);
// - frames must be JSON objects of a known type, under `maxFrameBytes` (else close 4400 / 1009);
// - each subscribe re-checks the key (revoked or expired: close 4403), counts against the key's
//   `subscribesPerMinute` and the socket's `maxSubscriptionsPerSocket`, and must be a valid
//   subscription document within the budget, else an `error` message with a coded GraphQL error;
// - a revoked key (announced on the event bus by any replica) or expired credentials close the
//   key's sockets at once with 4403.
// Frames that pass are handed to mercurius unchanged, except connection_init, whose payload becomes a
// one-time ticket for the identity checked here (mercurius would otherwise copy client payload keys
// into request headers).
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { createError, ErrorCode, type Identity, type Logger, metrics } from "@pazargraph/runtime";
import { type DocumentNode, type GraphQLError, type GraphQLSchema, getOperationAST, parse, specifiedRules, type ValidationRule, validate } from "graphql";
import type { WebSocket, WebSocketServer } from "ws";
import type { Authenticator } from "./auth.ts";
import { type Budget, checkBudget } from "./budget.ts";

export interface WsLimits {
  connectionInitTimeoutMs: number;
  maxSocketsPerKey: number;
  maxSubscriptionsPerSocket: number;
  subscribesPerMinute: number;
  maxFrameBytes: number;
}

export interface WsGuardOptions {
  authenticator: Authenticator;
  limits: WsLimits;
  budget: Budget;
  validationRules: ValidationRule[];
  schema: () => GraphQLSchema;
  /** Per-key request limiter shared with HTTP; throws RATE_LIMITED. */
  rateLimit: (subject: string) => Promise<void>;
  logger: Logger;
  /** Allow-list mode: only documents this accepts may be subscribed. */
  registered?: (query: string) => boolean;
}

/** The connection_init payload key mercurius's onConnect reads the ticket from. */
export const WS_TICKET = "x-pazargraph-ws-ticket";

const CLOSE = {
  badRequest: 4400,
  forbidden: 4403,
  initTimeout: 4408,
  tooMany: 4429,
};

interface SocketState {
  identity?: Identity;
  ticket?: string;
  initialised: boolean;
  subscriptions: Set<string>;
  queue: Promise<void>;
  expiryTimer?: NodeJS.Timeout;
  subscribes: number[];
}

export interface WsGuard {
  /** The identity behind a ticket, once (mercurius's onConnect). */
  redeem(ticket: unknown): Identity | null;
  /** Closes every socket of the subject (an API key was revoked). */
  closeSubject(subject: string, reason: string): number;
  /** Closes every socket (shutdown). */
  closeAll(code: number, reason: string): void;
  readonly openSockets: number;
}

const str = (v: unknown) => (typeof v === "string" ? v : undefined);

export function guardWebSockets(wss: WebSocketServer, options: WsGuardOptions): WsGuard {
  const { limits, logger } = options;
  const tickets = new Map<string, Identity>();
  const bySubject = new Map<string, Set<WebSocket>>();
  const states = new Map<WebSocket, SocketState>();

  const close = (socket: WebSocket, code: number, reason: string) => {
    if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) socket.close(code, reason);
  };

  const sendErrors = (socket: WebSocket, id: string, errors: Array<{ message: string; extensions?: Record<string, unknown>; locations?: unknown }>) => {
    const legacy = socket.protocol === "graphql-ws";
    const payload = errors.map((e) => ({ message: e.message, locations: e.locations, extensions: e.extensions }));
    socket.send(JSON.stringify({ id, type: "error", payload: legacy ? payload[0] : payload }));
  };

  const coded = (err: unknown): GraphQLError =>
    err && typeof err === "object" && "extensions" in err && (err as GraphQLError).extensions?.code ? (err as GraphQLError) : createError(ErrorCode.INTERNAL, "Internal error");

  /** Validates a subscribe payload; the errors to send back, or null when mercurius may run it. */
  function checkSubscribe(payload: unknown): Array<{ message: string; extensions?: Record<string, unknown>; locations?: unknown }> | null {
    const p = payload as { query?: unknown; variables?: unknown; operationName?: unknown } | null;
    const input = (message: string) => [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT } }];
    if (!p || typeof p !== "object" || typeof p.query !== "string") return input("a subscribe message needs payload.query (a string)");
    if (p.variables != null && (typeof p.variables !== "object" || Array.isArray(p.variables))) return input("payload.variables must be an object");
    if (p.operationName != null && typeof p.operationName !== "string") return input("payload.operationName must be a string");
    try {
      checkBudget(p.query, options.budget);
    } catch (err) {
      return [coded(err).toJSON()];
    }
    if (options.registered && !options.registered(p.query))
      return [{ message: "this gateway answers only registered documents (schema/generated/persisted-documents.json)", extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_FOUND } }];
    let document: DocumentNode;
    try {
      document = parse(p.query);
    } catch (err) {
      return input((err as Error).message);
    }
    let errors: readonly GraphQLError[];
    try {
      errors = validate(options.schema(), document, [...specifiedRules, ...options.validationRules]);
    } catch (err) {
      // graphql-armor's limit rules throw their error instead of reporting it.
      errors = [err as GraphQLError];
    }
    if (errors.length) {
      return errors.map((e) => {
        const limit = /depth limit|aliases limit|cost limit|query cost/i.test(e.message);
        return { message: e.message.replace(/^Syntax Error: /, ""), locations: e.locations, extensions: { code: limit ? ErrorCode.QUERY_TOO_COMPLEX : ErrorCode.BAD_USER_INPUT } };
      });
    }
    const operation = getOperationAST(document, (p.operationName as string | undefined) ?? undefined);
    if (!operation) return input("the document must name the operation to run (operationName)");
    if (operation.operation !== "subscription") return input(`only subscriptions run over this WebSocket; send ${operation.operation}s over HTTP POST`);
    return null;
  }

  async function onFrame(socket: WebSocket, state: SocketState, data: Buffer, deliver: (data: Buffer | string) => void) {
    if (data.length > limits.maxFrameBytes) return close(socket, 1009, "message too big");
    let msg: Record<string, unknown>;
    try {
      const parsed = JSON.parse(data.toString("utf8")) as unknown;
      if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
      msg = parsed as Record<string, unknown>;
    } catch {
      return close(socket, CLOSE.badRequest, "Invalid message received");
    }
    const type = str(msg.type);
    const id = msg.id;
    if (id !== undefined && (typeof id !== "string" || id.length === 0 || id.length > 128)) return close(socket, CLOSE.badRequest, "Invalid message id");

    switch (type) {
      case "connection_init": {
        if (state.initialised) return close(socket, CLOSE.tooMany, "Too many initialisation requests");
        state.initialised = true;
        const payload = (msg.payload && typeof msg.payload === "object" ? msg.payload : {}) as Record<string, unknown>;
        const identity = await options.authenticator.authenticate({ apiKey: str(payload["x-api-key"] ?? payload.apiKey), authorization: str(payload.authorization) });
        if (!identity) return close(socket, CLOSE.forbidden, "Forbidden: send a valid API key (x-api-key) or bearer token in connection_init");
        const open = bySubject.get(identity.subject) ?? new Set<WebSocket>();
        if (open.size >= limits.maxSocketsPerKey) return close(socket, CLOSE.tooMany, `at most ${limits.maxSocketsPerKey} open WebSockets per key`);
        open.add(socket);
        bySubject.set(identity.subject, open);
        state.identity = identity;
        if (identity.expiresAt !== undefined) {
          const left = identity.expiresAt - Date.now();
          state.expiryTimer = setTimeout(() => close(socket, CLOSE.forbidden, "credentials expired"), Math.max(0, Math.min(left, 2 ** 31 - 1)));
          state.expiryTimer.unref();
        }
        const ticket = randomUUID();
        tickets.set(ticket, identity);
        state.ticket = ticket;
        return deliver(JSON.stringify({ type: "connection_init", payload: { [WS_TICKET]: ticket } }));
      }
      case "subscribe":
      case "start": {
        if (!state.identity || typeof id !== "string") return close(socket, CLOSE.badRequest, "Unauthorized: connection_init first");
        // The key must still be good: revoked or expired keys end the socket.
        const current = await options.authenticator.recheck(state.identity);
        if (!current || (current.expiresAt !== undefined && current.expiresAt <= Date.now()))
          return close(socket, CLOSE.forbidden, "Forbidden: the key was revoked or has expired");
        if (state.subscriptions.has(id)) return close(socket, CLOSE.tooMany, `Subscriber for ${id} already exists`);
        const now = Date.now();
        state.subscribes = state.subscribes.filter((t) => now - t < 60_000);
        try {
          await options.rateLimit(state.identity.subject);
        } catch (err) {
          return sendErrors(socket, id, [coded(err).toJSON()]);
        }
        if (state.subscriptions.size >= limits.maxSubscriptionsPerSocket)
          return sendErrors(socket, id, [
            { message: `at most ${limits.maxSubscriptionsPerSocket} subscriptions per WebSocket`, extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 1 } },
          ]);
        state.subscribes.push(now);
        if (state.subscribes.length > limits.subscribesPerMinute)
          return sendErrors(socket, id, [
            { message: `at most ${limits.subscribesPerMinute} subscribe messages per minute`, extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 60 } },
          ]);
        const errors = checkSubscribe(msg.payload);
        if (errors) return sendErrors(socket, id, errors);
        if (!state.subscriptions.has(id)) metrics.subscriptions.inc();
        state.subscriptions.add(id);
        return deliver(data);
      }
      case "complete":
      case "stop":
        if (typeof id === "string" && state.subscriptions.delete(id)) metrics.subscriptions.dec();
        return deliver(data);
      case "ping":
      case "pong":
      case "connection_terminate":
        return deliver(data);
      default:
        return close(socket, CLOSE.badRequest, "Invalid message received");
    }
  }

  wss.on("connection", (socket: WebSocket, _req: IncomingMessage) => {
    const state: SocketState = { initialised: false, subscriptions: new Set(), queue: Promise.resolve(), subscribes: [] };
    states.set(socket, state);
    metrics.websockets.inc();
    const initTimer = setTimeout(() => {
      if (!state.identity) close(socket, CLOSE.initTimeout, "Connection initialisation timeout");
    }, limits.connectionInitTimeoutMs);
    initTimer.unref();

    // Every 'message' goes through onFrame, one at a time and in order; mercurius's own listener
    // (attached after this) only sees what onFrame delivers.
    const emit = socket.emit.bind(socket);
    socket.emit = ((event: string | symbol, ...args: unknown[]) => {
      if (event !== "message") return emit(event, ...args);
      const [raw] = args as [Buffer | ArrayBuffer | Buffer[]];
      const data = Buffer.isBuffer(raw) ? raw : Array.isArray(raw) ? Buffer.concat(raw) : Buffer.from(raw as ArrayBuffer);
      state.queue = state.queue
        .then(() => onFrame(socket, state, data, (out) => void emit("message", Buffer.isBuffer(out) ? out : Buffer.from(out), false)))
        .catch((err) => {
          logger.warn({ err: { message: (err as Error).message } }, "WebSocket frame failed");
          close(socket, 1011, "Internal error");
        });
      return true;
    }) as typeof socket.emit;

    socket.on("close", () => {
      metrics.websockets.dec();
      metrics.subscriptions.dec(state.subscriptions.size);
      clearTimeout(initTimer);
      clearTimeout(state.expiryTimer);
      if (state.ticket) tickets.delete(state.ticket);
      states.delete(socket);
      if (state.identity) {
        const set = bySubject.get(state.identity.subject);
        set?.delete(socket);
        if (set && set.size === 0) bySubject.delete(state.identity.subject);
      }
    });
    socket.on("error", () => socket.terminate());
  });

  return {
    redeem(ticket) {
      if (typeof ticket !== "string") return null;
      const identity = tickets.get(ticket) ?? null;
      tickets.delete(ticket);
      return identity;
    },
    closeSubject(subject, reason) {
      const set = bySubject.get(subject);
      if (!set) return 0;
      for (const socket of set) close(socket, CLOSE.forbidden, reason);
      return set.size;
    },
    closeAll(code, reason) {
      for (const socket of states.keys()) close(socket, code, reason);
    },
    get openSockets() {
      return states.size;
    },
  };
}
