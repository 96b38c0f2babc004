// e2e helpers: start the whole stack on free ports, send typed operations, subscribe over graphql-ws.
import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { createLogger, loadConfig, mergeConfig } from "@pazargraph/runtime";
import type { buildBeymenSubgraph } from "@pazargraph/subgraph-beymen";
import type { buildPazaramaSubgraph } from "@pazargraph/subgraph-pazarama";
import { print } from "graphql";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { everyMarketplace, freePorts, type Stack, startStack } from "../scripts/stack.ts";

export { everyMarketplace, freePorts };

import { createTestDatabase } from "./db.ts";
import { REDIS_URL, uniquePrefix } from "./redis.ts";

export type Mode = "memory" | "redis";

/** The whole stack on free ports; `options.marketplaces` starts only those marketplaces' sandboxes and subgraphs. */
export async function startTestStack(mode: Mode, overrides: Record<string, unknown> = {}, options: { poll?: boolean; marketplaces?: string[] } = {}): Promise<Stack> {
  const dataDir = await mkdtemp(join(tmpdir(), "pg-e2e-"));
  const env = mode === "redis" ? { REDIS_URL } : { PAZARGRAPH_DATA_DIR: dataDir };
  const config = loadConfig(env, {
    // Redis mode keeps its durable records in PostgreSQL (a database of its own); memory mode in PGlite.
    ...(mode === "redis" ? { mode: { kind: "redis", url: REDIS_URL, prefix: uniquePrefix(), dataDir }, database: { url: await createTestDatabase() } } : {}),
    logLevel: "silent",
    security: { demoKey: true },
    ...mergeConfig(freePorts({ pollIntervalMs: 300, timeoutMs: 1500, retries: 1 }), overrides),
  });
  return startStack({ config, logger: createLogger({ name: "e2e", level: "silent" }), poll: options.poll, marketplaces: options.marketplaces });
}

/** The Pazarama subgraph of a stack, with its service and poller typed (suites that reach into it). */
export function pazaramaOf(stack: Stack) {
  return stack.marketplaces.pazarama as unknown as Awaited<ReturnType<typeof buildPazaramaSubgraph>>;
}

/** The Beymen subgraph of a stack, typed. */
export function beymenOf(stack: Stack) {
  return stack.marketplaces.beymen as unknown as Awaited<ReturnType<typeof buildBeymenSubgraph>>;
}

export interface GqlResult<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
}

/** Sends an operation through the gateway, with the demo tenant's admin key unless `apiKey` says otherwise (null: none). */
export async function gql<T, V>(stack: Stack, doc: TypedDocumentNode<T, V> | string, variables?: V, apiKey: string | null = stack.demoKey ?? null): Promise<GqlResult<T>> {
  const res = await fetch(stack.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(apiKey ? { "x-api-key": apiKey } : {}) },
    body: JSON.stringify({ query: typeof doc === "string" ? doc : print(doc), variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

export async function sandbox(stack: Stack, method: string, path: string, body?: unknown, marketplace: MarketplaceName = "pazarama") {
  const res = await fetch(`${stack.sandboxUrls[marketplace]}/_sandbox${path}`, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  return res.json() as Promise<Record<string, unknown>>;
}

/** Subscribes through the gateway; `next()` waits for the next result up to `timeoutMs`. */
export function subscribe<T, V>(stack: Stack, doc: TypedDocumentNode<T, V>, variables?: V, apiKey: string | null = stack.demoKey ?? null) {
  const client = createClient({ url: stack.gatewayWsUrl, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: apiKey ? { "x-api-key": apiKey } : {} });
  const it = client.iterate<T>({ query: print(doc), variables: variables as Record<string, unknown> });
  return {
    async next(timeoutMs = 5000): Promise<T> {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        const r = await Promise.race([it.next(), timeout]);
        if (r.done) throw new Error("subscription ended");
        if (r.value.errors) throw new Error(JSON.stringify(r.value.errors));
        return r.value.data as T;
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await it.return?.();
      await client.dispose();
    },
  };
}

export type MarketplaceName = string;

/**
 * Write helpers for one marketplace's e2e suite: `mutate` sends one act under its mutation
 * namespace; `calls` counts the sandbox's marketplace calls; `refusedBeforeCall` asserts that an
 * act is refused with BAD_USER_INPUT (on the given argument) and that the marketplace was not called.
 */
export function writeHelpers(stack: () => Stack, marketplace: MarketplaceName) {
  // biome-ignore lint/suspicious/noExplicitAny: e2e answers are read loosely
  type Any = any;
  const sb = (method: string, path: string, body?: unknown) => sandbox(stack(), method, path, body, marketplace);
  const calls = async () => Object.values(await sb("GET", "/stats")).reduce((s: number, n) => s + Number(n), 0);
  const mutate = (field: string, args: string, selection: string) => gql<Any, Any>(stack(), `mutation { ${marketplace} { ${field}(${args}) { ${selection} } } }`);
  async function refusedBeforeCall(field: string, args: string, selection: string, argument?: RegExp) {
    await sb("DELETE", "/stats");
    const res = await mutate(field, args, selection);
    assert.equal(res.errors?.[0]?.extensions?.code, "BAD_USER_INPUT", JSON.stringify(res.errors));
    if (argument) assert.match(String(res.errors?.[0]?.extensions?.argument), argument);
    assert.equal(await calls(), 0, `${field}: no ${marketplace} call for invalid input`);
  }
  return { sandbox: sb, calls, mutate, refusedBeforeCall };
}

export { until } from "./until.ts";
