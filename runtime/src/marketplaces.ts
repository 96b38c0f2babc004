// The marketplaces PazarGraph serves: one line per marketplace. Each module is plain data plus a lazy
// `load()` (see marketplace.ts), so reading this list loads no marketplace code. The `Marketplace`
// enum in @pazargraph/schema names the same marketplaces (a test checks they agree).
import { beymen } from "@pazargraph/subgraph-beymen/module";
import { pazarama } from "@pazargraph/subgraph-pazarama/module";
import { trendyol } from "@pazargraph/subgraph-trendyol/module";
import type { MarketplaceModule } from "./marketplace.ts";

export const MARKETPLACES: readonly MarketplaceModule[] = [pazarama, beymen, trendyol];

/** The module of a marketplace by name; undefined for a name no module has. */
export function marketplaceModule(name: string): MarketplaceModule | undefined {
  return MARKETPLACES.find((m) => m.name === name);
}

/** Every credential field any marketplace declares secret (log redaction follows from it). */
export function secretCredentialNames(): string[] {
  return [...new Set(MARKETPLACES.flatMap((m) => m.credentials.filter((c) => c.secret).map((c) => c.name)))];
}
