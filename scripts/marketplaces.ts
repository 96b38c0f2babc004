// The marketplaces the product runs: for each, its sandbox and its subgraph. Adding a marketplace
// adds one entry here (and its config section); the gateway takes its services and L1 policy from
// configuration and does not change.
import type { Config, Logger, Ports, StoreRegistry, StoreView } from "@pazargraph/runtime";
import { createBeymenSandbox, createPazaramaSandbox } from "@pazargraph/sandbox";
import { buildBeymenSchema, buildBeymenSubgraph } from "@pazargraph/subgraph-beymen";
import { buildPazaramaSchema, buildPazaramaSubgraph } from "@pazargraph/subgraph-pazarama";
import type { FastifyInstance } from "fastify";
import type { GraphQLSchema } from "graphql";

export type MarketplaceName = "pazarama" | "beymen";

export interface SubgraphOptions {
  config: Readonly<Config>;
  ports: Ports;
  logger: Logger;
  sandboxUrl?: string;
  poll?: boolean;
  registry?: StoreRegistry;
  internalSecret?: string;
}

export interface BuiltSubgraph {
  server: { listen(port: number, host?: string): Promise<{ url: string; wsUrl: string }>; close(): Promise<void> };
  poller: { stop(): Promise<void> };
  service: { testConnection(view: StoreView): Promise<{ status: "VALID" | "INVALID"; message: string | null }> };
  close(): Promise<void>;
}

export interface MarketplaceModule {
  name: MarketplaceName;
  sandboxPort(config: Readonly<Config>): number;
  createSandbox(config: Readonly<Config>, anchorMs?: number): { app: FastifyInstance };
  buildSchema(): Promise<{ schema: GraphQLSchema; sdl: string }>;
  buildSubgraph(options: SubgraphOptions): Promise<BuiltSubgraph>;
}

export const MARKETPLACES: readonly MarketplaceModule[] = [
  {
    name: "pazarama",
    sandboxPort: (config) => config.sandbox.port,
    createSandbox: (config, anchorMs) => createPazaramaSandbox({ seed: config.sandbox.seed, ...config.sandbox.pazarama, anchorMs, batchDelayMs: config.sandbox.batchDelayMs }),
    buildSchema: buildPazaramaSchema,
    buildSubgraph: buildPazaramaSubgraph,
  },
  {
    name: "beymen",
    sandboxPort: (config) => config.sandbox.beymen.port,
    createSandbox: (config, anchorMs) =>
      createBeymenSandbox({
        seed: config.sandbox.seed,
        apiKey: config.sandbox.beymen.apiKey,
        apiPassword: config.sandbox.beymen.apiPassword,
        anchorMs,
        batchDelayMs: config.sandbox.batchDelayMs,
      }),
    buildSchema: buildBeymenSchema,
    buildSubgraph: buildBeymenSubgraph,
  },
];
