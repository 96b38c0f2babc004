// Trendyol as the rest of the system sees it (runtime/src/marketplace.ts). Plain data: nothing here
// loads the subgraph until `load()`.
import type { MarketplaceModule } from "@pazargraph/runtime/marketplace";

export const trendyol = {
  name: "trendyol",
  label: "Trendyol",
  credentials: [
    { name: "sellerId", secret: false, description: "Trendyol: the seller (supplier) id, digits (Hesap Bilgilerim › Entegrasyon Bilgileri)." },
    { name: "apiKey", secret: false, description: "Trendyol: the API key (Basic auth user name)." },
    { name: "apiSecret", secret: true, description: "Trendyol: the API secret." },
  ],
  l1Fields: ["__typename", "storeId", "categoryTree", "categoryAttributes", "brands", "cargoProviders", "unsuppliedReasons", "claimIssueReasons"],
  ports: { subgraph: 4005, sandbox: 4012 },
  sandboxCredentials: { sellerId: "100000", apiKey: "demo-trendyol-key", apiSecret: "demo-trendyol-secret" },
  demoStore: { id: "demo-trendyol", name: "Demo Trendyol Store" },
  load: async () => (await import("./code.ts")).code,
} satisfies MarketplaceModule;
