// Persisted documents at the gateway (mercurius's persisted query providers): automatic persisted
// queries for apps that want small requests, and an allow-list mode for operators who want a closed
// API — only the documents registered in schema/generated/persisted-documents.json (generated from
// schema/operations), by SHA-256 or exact text.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import mercurius from "mercurius";

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

/** The registered documents by hash. */
export function registeredDocuments(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve("@pazargraph/schema/package.json")), "generated", "persisted-documents.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, { document: string }>;
  return new Map(Object.entries(manifest).map(([hash, d]) => [hash, d.document]));
}

export type PersistedMode = "off" | "automatic" | "allowList";

interface Request {
  query?: unknown;
  extensions?: { persistedQuery?: { version?: unknown; sha256Hash?: unknown } };
}

/** The provider for mercurius's `persistedQueryProvider`, or undefined when off. */
export function persistedQueryProvider(mode: PersistedMode, cacheEntries: number, documents: Map<string, string>) {
  if (mode === "off") return undefined;
  if (mode === "automatic") return mercurius.persistedQueryDefaults.automatic(cacheEntries);
  return {
    isPersistedQuery: () => true,
    isPersistedQueryRetry: () => false,
    getHash: (req: Request) => {
      const hash = req.extensions?.persistedQuery?.sha256Hash;
      if (typeof hash === "string") return hash;
      return typeof req.query === "string" ? sha256(req.query) : false;
    },
    getQueryFromHash: async (hash: string) => documents.get(hash),
    notFoundError: "PersistedQueryNotFound: this gateway answers only registered documents (schema/generated/persisted-documents.json)",
    notSupportedError: "PersistedQueryNotSupported",
  };
}

/** Allow-list mode over WebSockets: whether a subscribe message's document is registered. */
export function isRegistered(documents: Map<string, string>, query: unknown): boolean {
  return typeof query === "string" && documents.has(sha256(query));
}
