// The stores a marketplace subgraph serves, kept in step with the store registry (or, for tests and
// benchmarks, with config): one REST client per store, rebuilt when the store's host or credentials
// change and closed when it goes. Store resolution lives here once for every marketplace: the named
// store of the caller's tenant, or the tenant's only store of that marketplace.
import { createHash } from "node:crypto";
import type { Config } from "./config.ts";
import { badInput, notFound } from "./errors.ts";
import type { Logger } from "./logger.ts";
import type { MarketplaceId, StoreRecord, StoreRegistry, StoreSettings } from "./store-registry.ts";
import { DEFAULT_SETTINGS } from "./store-registry.ts";

/** What a marketplace subgraph knows of a store, credentials in the clear (never leaves the process). */
export interface StoreView {
  id: string;
  tenantId: string;
  title: string;
  marketplace: MarketplaceId;
  active: boolean;
  testMode: boolean;
  baseUrl: string | null;
  tokenUrl: string | null;
  credentials: Record<string, string> | null;
  settings: StoreSettings;
}

export type StoreSource = () => Promise<StoreView[]>;

export const DEMO_TENANT = "demo";

/** Stores from config (tests, benchmarks, and the demo seed). */
export function storeViewsFromConfig(config: Readonly<Config>, marketplace?: MarketplaceId): StoreView[] {
  return config.stores
    .filter((s) => !marketplace || s.marketplace === marketplace)
    .map((s) => ({
      id: s.id,
      tenantId: DEMO_TENANT,
      title: s.name,
      marketplace: s.marketplace,
      active: s.active,
      testMode: s.testMode,
      baseUrl: s.baseUrl ?? null,
      tokenUrl: s.tokenUrl ?? null,
      credentials: s.credentials ?? null,
      settings: { ...DEFAULT_SETTINGS },
    }));
}

/** A registry record as a marketplace subgraph uses it (credentials opened). */
export function storeViewOf(registry: StoreRegistry, r: StoreRecord): StoreView {
  return {
    id: r.id,
    tenantId: r.tenantId,
    title: r.title,
    marketplace: r.marketplace,
    active: r.active,
    testMode: r.testMode,
    baseUrl: r.baseUrl,
    tokenUrl: null,
    credentials: registry.credentialsOf(r),
    settings: r.settings,
  };
}

export function storeViewsFromRegistry(registry: StoreRegistry, marketplace: MarketplaceId): StoreSource {
  return async () => (await registry.list()).filter((r) => r.marketplace === marketplace).map((r) => storeViewOf(registry, r));
}

export interface ServedStore<C> {
  config: StoreView;
  client: C;
  /** Key of the marketplace host, so stores on the same host share reference data in L2. */
  hostKey: string;
}

export interface StoreSetOptions<C> {
  marketplace: MarketplaceId;
  displayName: string;
  source: StoreSource;
  /** The host a store talks to; null when it cannot be reached (no sandbox in test mode, …). */
  baseUrlOf(view: StoreView): string | null;
  /** Credentials to use; the sandbox's demo credentials may stand in for a test-mode store. */
  credentialsOf(view: StoreView): Record<string, string> | null;
  createClient(view: StoreView, baseUrl: string, credentials: Record<string, string>): C;
  closeClient(client: C): Promise<void>;
}

export class StoreSet<C> {
  readonly stores = new Map<string, ServedStore<C>>();
  /** Stores that exist but cannot be served yet, and why. */
  private readonly unusable = new Map<string, { tenantId: string; reason: string }>();
  private readonly fingerprints = new Map<string, string>();

  constructor(private readonly options: StoreSetOptions<C>) {}

  /** Brings the clients in line with the source. */
  async refresh(): Promise<void> {
    this.apply(await this.options.source());
  }

  /** Brings the clients in line with these stores (closing replaced clients in the background). */
  apply(views: StoreView[]): void {
    const seen = new Set<string>();
    this.unusable.clear();
    for (const v of views) {
      seen.add(v.id);
      const baseUrl = this.options.baseUrlOf(v);
      const credentials = this.options.credentialsOf(v);
      if (!baseUrl || !credentials) {
        this.unusable.set(v.id, { tenantId: v.tenantId, reason: !baseUrl ? "has no marketplace host to talk to" : "has no credentials yet: set them with setStoreCredentials" });
        this.drop(v.id);
        continue;
      }
      const fingerprint = createHash("sha256")
        .update(JSON.stringify([baseUrl, v.tokenUrl, credentials]))
        .digest("hex");
      const current = this.stores.get(v.id);
      if (current && this.fingerprints.get(v.id) === fingerprint) {
        current.config = v;
        continue;
      }
      this.drop(v.id);
      this.stores.set(v.id, { config: v, client: this.options.createClient(v, baseUrl, credentials), hostKey: createHash("sha256").update(baseUrl).digest("hex").slice(0, 12) });
      this.fingerprints.set(v.id, fingerprint);
    }
    for (const id of [...this.stores.keys()]) if (!seen.has(id)) this.drop(id);
  }

  private readonly closing = new Set<Promise<void>>();

  private drop(id: string) {
    const s = this.stores.get(id);
    this.stores.delete(id);
    this.fingerprints.delete(id);
    if (!s) return;
    const p = this.options.closeClient(s.client).catch(() => {});
    this.closing.add(p);
    void p.finally(() => this.closing.delete(p));
  }

  /**
   * The store a call is for, within the caller's tenant (all tenants when `tenantId` is undefined:
   * tests and internal callers). A store of another tenant answers exactly as one that does not exist.
   */
  store(storeId: string | null | undefined, tenantId?: string): ServedStore<C> {
    const { displayName } = this.options;
    const mine = (owner: string) => tenantId === undefined || owner === tenantId;
    if (storeId) {
      const s = this.stores.get(storeId);
      if (s && mine(s.config.tenantId)) return s;
      const u = this.unusable.get(storeId);
      if (u && mine(u.tenantId)) throw badInput(`${displayName} store "${storeId}" ${u.reason}`, "storeId");
      throw notFound(`no ${displayName} store with id "${storeId}"`);
    }
    const candidates = [...this.stores.values()].filter((s) => mine(s.config.tenantId));
    if (candidates.length === 1) return candidates[0];
    throw badInput(candidates.length ? `several ${displayName} stores are connected: pass storeId` : `no ${displayName} store is connected`, "storeId");
  }

  /**
   * Tries a store's credentials with `call` on a throw-away client: VALID when it answers, INVALID
   * with the marketplace's message when the marketplace refuses them; other failures (host down,
   * timeout) are rethrown, since they say nothing about the credentials.
   */
  async probe(view: StoreView, call: (client: C) => Promise<unknown>): Promise<{ status: "VALID" | "INVALID"; message: string | null }> {
    const baseUrl = this.options.baseUrlOf(view);
    const credentials = this.options.credentialsOf(view);
    if (!baseUrl) return { status: "INVALID", message: `${this.options.displayName}: no host to test against` };
    if (!credentials) return { status: "INVALID", message: "no credentials are set" };
    const client = this.options.createClient(view, baseUrl, credentials);
    try {
      await call(client);
      return { status: "VALID", message: null };
    } catch (err) {
      const ext = (err as { extensions?: { code?: string; marketplaceMessage?: string | null } }).extensions;
      if (ext?.code === "MARKETPLACE_REJECTED") return { status: "INVALID", message: ext.marketplaceMessage ?? (err as Error).message };
      throw err;
    } finally {
      await this.options.closeClient(client).catch(() => {});
    }
  }

  async close() {
    for (const id of [...this.stores.keys()]) this.drop(id);
    await Promise.all([...this.closing]);
  }
}

/** The REST settings of a marketplace, as its client takes them. */
export interface RestSettings {
  timeoutMs: number;
  callDeadlineMs: number;
  retries: number;
  maxConcurrency: number;
  logger?: Logger;
}

export interface MarketplaceStoreSetOptions<C> {
  config: Readonly<Config>;
  /** The marketplace module's name. */
  marketplace: string;
  displayName: string;
  /** Where the stores come from; config's stores when left out (tests, benchmarks). */
  source?: StoreSource;
  /** The local sandbox, for test-mode stores that name no host. */
  sandboxUrl?: string;
  /** The marketplace's own hosts; `test` null when it has no test environment (test-mode stores then need the sandbox). */
  hosts: { production: string; test: string | null };
  /** Goes to every client the set builds. */
  logger?: Logger;
  /** `rest` is what every REST client of the marketplace takes from its settings (timeouts, retries, concurrency, logger). */
  createClient(view: StoreView, baseUrl: string, credentials: Record<string, string>, rest: RestSettings): C;
  closeClient(client: C): Promise<void>;
}

/**
 * The store set as every marketplace builds it: a store's own host, else in test mode the sandbox (or
 * the marketplace's test host), else production; its own credentials, else for a test-mode store on the
 * sandbox the sandbox's demo credentials; the client built with the marketplace's settings.
 */
export function createMarketplaceStoreSet<C>(o: MarketplaceStoreSetOptions<C>): StoreSet<C> {
  const settings = o.config.marketplaces[o.marketplace];
  const set = new StoreSet<C>({
    marketplace: o.marketplace,
    displayName: o.displayName,
    source: o.source ?? (async () => storeViewsFromConfig(o.config, o.marketplace)),
    baseUrlOf: (v) => v.baseUrl ?? (v.testMode ? (o.sandboxUrl ?? o.hosts.test) : o.hosts.production),
    credentialsOf: (v) => v.credentials ?? (v.testMode && !v.baseUrl && o.sandboxUrl ? { ...settings.sandbox.credentials } : null),
    createClient: (v, baseUrl, credentials) =>
      o.createClient(v, baseUrl, credentials, {
        timeoutMs: settings.timeoutMs,
        callDeadlineMs: settings.callDeadlineMs,
        retries: settings.retries,
        maxConcurrency: settings.maxConcurrency,
        logger: o.logger,
      }),
    closeClient: (c) => o.closeClient(c),
  });
  if (!o.source) set.apply(storeViewsFromConfig(o.config, o.marketplace));
  return set;
}

/**
 * Takes the stores of config (the demo's sandbox stores) into the demo tenant, with any credentials
 * config gives, sealed: each marketplace's stores once, when the demo tenant has none of it yet. So a
 * data folder from before a marketplace was added gets that marketplace's demo store, and a store
 * the seller removed does not come back while the tenant keeps another of its marketplace.
 */
export async function seedStoresFromConfig(registry: StoreRegistry, config: Readonly<Config>): Promise<void> {
  const existing = await registry.list(DEMO_TENANT);
  const seeded = new Set(existing.map((r) => r.marketplace));
  const ids = new Set(existing.map((r) => r.id));
  for (const s of config.stores) {
    if (ids.has(s.id) || seeded.has(s.marketplace)) continue;
    await registry.create({ id: s.id, tenantId: DEMO_TENANT, title: s.name, marketplace: s.marketplace, active: s.active, testMode: s.testMode, baseUrl: s.baseUrl ?? null });
    if (s.credentials) await registry.setCredentials(s.id, s.credentials);
  }
}
