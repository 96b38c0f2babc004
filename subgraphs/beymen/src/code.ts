// Beymen's code behind its module: sandbox, schema, subgraph and a standalone connection test.
import type { MarketplaceCode } from "@pazargraph/runtime";
import { createBeymenSandbox } from "@pazargraph/sandbox/beymen";
import { buildBeymenSchema, buildBeymenSubgraph } from "./app.ts";
import { BeymenService } from "./service.ts";

export const code: MarketplaceCode = {
  createSandbox: ({ credentials, ...o }) => createBeymenSandbox({ ...o, apiKey: credentials.apiKey, apiPassword: credentials.apiPassword }),
  buildSchema: buildBeymenSchema,
  buildSubgraph: buildBeymenSubgraph,
  connectionTester(options) {
    const service = new BeymenService(options);
    return { test: (view) => service.testConnection(view), close: () => service.close() };
  },
};
