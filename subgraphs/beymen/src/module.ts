// Beymen as the rest of the system sees it (runtime/src/marketplace.ts). Plain data: nothing here
// loads the subgraph until `load()`.
import type { MarketplaceModule } from "@pazargraph/runtime/marketplace";

export const beymen = {
  name: "beymen",
  label: "Beymen",
  credentials: [
    { name: "apiKey", secret: false, description: "Beymen: the API key (Basic auth user name)." },
    { name: "apiPassword", secret: true, description: "Beymen: the API password." },
  ],
  l1Fields: ["__typename", "storeId", "categoryTree", "categoryAttributes", "brands", "genders", "sizes", "colors", "cargoCompanies"],
  ports: { subgraph: 4004, sandbox: 4011 },
  sandboxCredentials: { apiKey: "demo-key", apiPassword: "demo-password" },
  demoStore: { id: "demo-beymen", name: "Demo Beymen Store" },
  load: async () => (await import("./code.ts")).code,
} satisfies MarketplaceModule;
