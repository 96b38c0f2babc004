// Pazarama's code behind its module: sandbox, schema, subgraph and a standalone connection test.
import type { MarketplaceCode } from "@pazargraph/runtime";
import { createPazaramaSandbox } from "@pazargraph/sandbox/pazarama";
import { buildPazaramaSchema, buildPazaramaSubgraph } from "./app.ts";
import { PazaramaService } from "./service.ts";

export const code: MarketplaceCode = {
  createSandbox: ({ credentials, ...o }) => createPazaramaSandbox({ ...o, clientId: credentials.clientId, clientSecret: credentials.clientSecret }),
  buildSchema: buildPazaramaSchema,
  buildSubgraph: buildPazaramaSubgraph,
  connectionTester(options) {
    const service = new PazaramaService(options);
    return { test: (view) => service.testConnection(view), close: () => service.close() };
  },
};
