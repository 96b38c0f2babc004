// Pazarama as the rest of the system sees it (runtime/src/marketplace.ts). Plain data: nothing here
// loads the subgraph until `load()`.
import type { MarketplaceModule } from "@pazargraph/runtime/marketplace";

export const pazarama = {
  name: "pazarama",
  label: "Pazarama",
  credentials: [
    { name: "clientId", secret: false, description: "Pazarama: the API client id (İş Ortağım › Hesap Bilgileri › Entegrasyon)." },
    { name: "clientSecret", secret: true, description: "Pazarama: the API client secret." },
  ],
  l1Fields: ["__typename", "storeId", "categoryTree", "categoryAttributes", "brands", "cities"],
  ports: { subgraph: 4003, sandbox: 4010 },
  sandboxCredentials: { clientId: "demo-client", clientSecret: "demo-secret" },
  demoStore: { id: "demo-pazarama", name: "Demo Pazarama Store" },
  load: async () => (await import("./code.ts")).code,
} satisfies MarketplaceModule;
