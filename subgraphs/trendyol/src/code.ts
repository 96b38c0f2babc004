// Trendyol's code behind its module: sandbox, schema, subgraph and a standalone connection test.
import type { MarketplaceCode } from "@pazargraph/runtime";
import { createTrendyolSandbox } from "@pazargraph/sandbox/trendyol";
import { buildTrendyolSchema, buildTrendyolSubgraph } from "./app.ts";
import { TrendyolService } from "./service.ts";

export const code: MarketplaceCode = {
  createSandbox: ({ credentials, ...o }) => createTrendyolSandbox({ ...o, sellerId: credentials.sellerId, apiKey: credentials.apiKey, apiSecret: credentials.apiSecret }),
  buildSchema: buildTrendyolSchema,
  buildSubgraph: buildTrendyolSubgraph,
  connectionTester(options) {
    const service = new TrendyolService(options);
    return { test: (view) => service.testConnection(view), close: () => service.close() };
  },
};
