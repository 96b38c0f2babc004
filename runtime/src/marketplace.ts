// What a marketplace declares to the rest of the system. Each marketplace's subgraph folder exports
// one module (`src/module.ts`): plain data the config, the store registry, the stores subgraph's
// credential input, log redaction, the stack, the tests and the benchmarks read, and one `load()`
// that brings in its code (sandbox, schema, subgraph, connection test) only where it runs. The list
// of modules is `marketplaces.ts`; adding a marketplace adds one line there.
import type { FastifyInstance } from "fastify";
import type { GraphQLSchema } from "graphql";
import type { Config } from "./config.ts";
import type { Logger } from "./logger.ts";
import type { Ports } from "./ports/index.ts";
import type { StoreRegistry } from "./store-registry.ts";
import type { StoreView } from "./store-set.ts";
import type { SwrCache } from "./swr-cache.ts";

export interface CredentialField {
  /** The field's name in the store's credentials and in `StoreCredentialsInput`. */
  name: string;
  /** Secret fields are sealed like every credential, and also redacted from every log line by name. */
  secret: boolean;
  description: string;
}

export interface MarketplaceModule {
  /** Lower-case id: the namespace field, the config key, the registry's value; upper-case in the `Marketplace` enum. */
  name: string;
  /** How people write it. */
  label: string;
  /** Every field a store of this marketplace must be given, in the order a form asks for them. */
  credentials: readonly CredentialField[];
  /** Fields under the namespace that are reference data: the gateway's L1 cache keeps answers that select only these. */
  l1Fields: readonly string[];
  /** Default ports of its subgraph and its sandbox. */
  ports: { subgraph: number; sandbox: number };
  /** The demo credentials its sandbox accepts (a local simulator: not a secret). */
  sandboxCredentials: Readonly<Record<string, string>>;
  /** The store `npm start` opens on the sandbox. */
  demoStore: { id: string; name: string };
  /** Parallel requests while crawling lazily loaded trees or brand pages. @default 8 */
  crawlConcurrency?: number;
  /** Its code, loaded on first use. */
  load(): Promise<MarketplaceCode>;
}

export interface SandboxOptions {
  seed: number;
  /** Order dates are laid out back from this instant (tests pin it). */
  anchorMs?: number;
  /** How long batch writes take before their result says done. */
  batchDelayMs: number;
  /** The credentials the sandbox accepts. */
  credentials: Readonly<Record<string, string>>;
  /** How many demo orders (benchmarks ask for more). */
  orderCount?: number;
}

export interface MarketplaceSubgraphOptions {
  config: Readonly<Config>;
  ports: Ports;
  logger: Logger;
  /** The local sandbox, for test-mode stores that name no host. */
  sandboxUrl?: string;
  /** Start the order poller. @default true */
  poll?: boolean;
  /** The store registry; without it the stores come from config (tests, benchmarks). */
  registry?: StoreRegistry;
  /** The gateway's signing secret: requests without a valid signature are refused. */
  internalSecret?: string;
}

export type ConnectionResult = { status: "VALID" | "INVALID"; message: string | null };

export interface BuiltMarketplaceSubgraph {
  server: { listen(port: number, host?: string): Promise<{ url: string; wsUrl: string }>; close(): Promise<void> };
  /** The order source's poller. */
  poller: { stop(): Promise<void> };
  /** The cheapest authenticated call, on a store that may not be saved yet. */
  service: { testConnection(view: StoreView): Promise<ConnectionResult> };
  sdl: string;
  /** The listing sync into the catalogue (null when the marketplace gives no product source). */
  listings: { stop(): Promise<void> } | null;
  /** The multi-channel stock push (null when the marketplace gives no stock sink). */
  stockPush: unknown;
  /** Sending published prices (null when the marketplace gives no price sink). */
  pricePush: unknown;
  close(): Promise<void>;
}

export interface MarketplaceCode {
  createSandbox(options: SandboxOptions): { app: FastifyInstance };
  buildSchema(): Promise<{ schema: GraphQLSchema; sdl: string }>;
  buildSubgraph(options: MarketplaceSubgraphOptions): Promise<BuiltMarketplaceSubgraph>;
  /** A connection tester outside a running subgraph (the stores service as its own process). */
  connectionTester(options: { config: Readonly<Config>; trees: SwrCache; logger: Logger; sandboxUrl?: string }): {
    test(view: StoreView): Promise<ConnectionResult>;
    close(): Promise<void>;
  };
}
