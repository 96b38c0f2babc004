// The store registry: every tenant's marketplace stores, their settings, their API status and their
// credentials sealed with AES-256-GCM, in the database's `stores` table (PostgreSQL or PGlite), read
// by tenant in SQL. Changes are announced on the event bus ("store-registry") so that every subgraph
// and replica follows them: marketplace subgraphs rebuild their clients and pollers start and stop
// with the stores.
import { randomUUID } from "node:crypto";
import { type Db, stores, tenants } from "@pazargraph/db";
import { asc, eq, inArray } from "drizzle-orm";
import { marketplaceModule } from "./marketplaces.ts";
import { type EventBus, LIVE } from "./ports/index.ts";
import type { SealedSecret, SecretBox } from "./secrets.ts";

export const STORE_REGISTRY_STREAM = "store-registry";

/** A marketplace module's name (marketplaces.ts). */
export type MarketplaceId = string;
export type ApiStatusValue = "VALID" | "INVALID" | "UNKNOWN";

export interface StoreSettings {
  /** The price list products are sent with (e.g. "Pazarama Fiyatı"). */
  defaultPriceList: string | null;
  /** Percent added to the price list's prices when they are published to this store (0 to 1000, 2 decimals). */
  priceMarkupPercent: string | null;
  defaultCategoryId: string | null;
  defaultBrandId: string | null;
  defaultWarehouse: string | null;
  /** Used when shipping without naming a cargo company. */
  defaultCargoCompany: string | null;
  /** Deduct stock automatically when an order arrives. */
  autoDeductStock: boolean;
}

export const DEFAULT_SETTINGS: StoreSettings = {
  defaultPriceList: null,
  priceMarkupPercent: null,
  defaultCategoryId: null,
  defaultBrandId: null,
  defaultWarehouse: null,
  defaultCargoCompany: null,
  autoDeductStock: false,
};

export interface StoreRecord {
  id: string;
  tenantId: string;
  title: string;
  marketplace: MarketplaceId;
  active: boolean;
  testMode: boolean;
  /** Overrides the marketplace host (tests and private deployments). */
  baseUrl: string | null;
  /** Seller id at the marketplace, where it uses one. */
  sellerId: string | null;
  credentials: SealedSecret | null;
  settings: StoreSettings;
  apiStatus: ApiStatusValue;
  apiStatusCheckedAt: string | null;
  apiStatusMessage: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A record as everything but the credential holder sees it: whether credentials exist, never what they are. */
export type PublicStoreRecord = Omit<StoreRecord, "credentials"> & { hasCredentials: boolean };

export interface RegistryChange {
  kind: "upserted" | "removed";
  storeId: string;
}

type StoreRow = typeof stores.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function fromRow(r: StoreRow): StoreRecord {
  return {
    id: r.id,
    tenantId: r.tenantId,
    title: r.title,
    marketplace: r.marketplace as MarketplaceId,
    active: r.active,
    testMode: r.testMode,
    baseUrl: r.baseUrl,
    sellerId: r.sellerId,
    credentials: (r.credentials as SealedSecret | null) ?? null,
    settings: { ...DEFAULT_SETTINGS, ...(r.settings as Partial<StoreSettings>) },
    apiStatus: r.apiStatus as ApiStatusValue,
    apiStatusCheckedAt: iso(r.apiStatusCheckedAt),
    apiStatusMessage: r.apiStatusMessage,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

function toRow(r: StoreRecord): StoreRow {
  return {
    ...r,
    credentials: r.credentials as unknown,
    settings: r.settings as unknown,
    apiStatusCheckedAt: r.apiStatusCheckedAt ? new Date(r.apiStatusCheckedAt) : null,
    createdAt: new Date(r.createdAt),
    updatedAt: new Date(r.updatedAt),
  };
}

export class StoreRegistry {
  private lastCreatedMs = 0;

  constructor(
    private readonly db: Db,
    private readonly events: EventBus,
    /** Seals and opens credentials; other holders of secrets (supplier accounts) use the same key. */
    readonly secrets: SecretBox,
    private readonly now: () => Date = () => new Date(),
  ) {}

  static toPublic(r: StoreRecord): PublicStoreRecord {
    const { credentials, ...rest } = r;
    return { ...rest, hasCredentials: credentials !== null };
  }

  /** The tenant's stores (every store without a tenant: internal callers), in the order they were added. */
  async list(tenantId?: string): Promise<StoreRecord[]> {
    const rows = await this.db
      .select()
      .from(stores)
      .where(tenantId ? eq(stores.tenantId, tenantId) : undefined)
      .orderBy(asc(stores.createdAt), asc(stores.id));
    return rows.map(fromRow);
  }

  async get(id: string): Promise<StoreRecord | undefined> {
    const [row] = await this.db.select().from(stores).where(eq(stores.id, id)).limit(1);
    return row ? fromRow(row) : undefined;
  }

  /** Several stores in one query, in the order of `ids` (undefined where there is none). */
  async getMany(ids: readonly string[]): Promise<Array<StoreRecord | undefined>> {
    const rows = ids.length
      ? await this.db
          .select()
          .from(stores)
          .where(inArray(stores.id, [...new Set(ids)]))
      : [];
    const byId = new Map(rows.map((row) => [row.id, fromRow(row)]));
    return ids.map((id) => byId.get(id));
  }

  private async put(r: StoreRecord) {
    const row = toRow(r);
    await this.db.insert(tenants).values({ id: r.tenantId }).onConflictDoNothing();
    await this.db.insert(stores).values(row).onConflictDoUpdate({ target: stores.id, set: row });
    await this.events.publish(STORE_REGISTRY_STREAM, { kind: "upserted", storeId: r.id } satisfies RegistryChange);
    return r;
  }

  async create(input: {
    id?: string;
    tenantId: string;
    title: string;
    marketplace: MarketplaceId;
    active: boolean;
    testMode: boolean;
    baseUrl?: string | null;
  }): Promise<StoreRecord> {
    const id = input.id ?? randomUUID();
    if (!marketplaceModule(input.marketplace)) throw new Error(`no marketplace module "${input.marketplace}"`);
    if (await this.get(id)) throw new Error(`store ${id} exists`);
    // Strictly increasing creation times keep the list in the order stores were added.
    this.lastCreatedMs = Math.max(this.now().getTime(), this.lastCreatedMs + 1);
    const at = new Date(this.lastCreatedMs).toISOString();
    return this.put({
      id,
      tenantId: input.tenantId,
      title: input.title,
      marketplace: input.marketplace,
      active: input.active,
      testMode: input.testMode,
      baseUrl: input.baseUrl ?? null,
      sellerId: null,
      credentials: null,
      settings: { ...DEFAULT_SETTINGS },
      apiStatus: "UNKNOWN",
      apiStatusCheckedAt: null,
      apiStatusMessage: null,
      createdAt: at,
      updatedAt: at,
    });
  }

  async update(id: string, patch: Partial<Pick<StoreRecord, "title" | "active" | "testMode" | "baseUrl">> & { settings?: Partial<StoreSettings> }): Promise<StoreRecord> {
    const r = await this.get(id);
    if (!r) throw new Error(`no store ${id}`);
    const next: StoreRecord = { ...r, ...patch, settings: { ...r.settings, ...(patch.settings ?? {}) }, updatedAt: this.now().toISOString() };
    // Pointing a store elsewhere makes the last check meaningless.
    if (patch.testMode !== undefined && patch.testMode !== r.testMode) Object.assign(next, { apiStatus: "UNKNOWN", apiStatusCheckedAt: null, apiStatusMessage: null });
    return this.put(next);
  }

  async remove(id: string): Promise<boolean> {
    const removed = (await this.db.delete(stores).where(eq(stores.id, id)).returning({ id: stores.id })).length > 0;
    if (removed) await this.events.publish(STORE_REGISTRY_STREAM, { kind: "removed", storeId: id } satisfies RegistryChange);
    return removed;
  }

  /** Seals and stores credentials; the API status goes back to UNKNOWN until tested. */
  async setCredentials(id: string, credentials: Record<string, string>, sellerId?: string | null): Promise<StoreRecord> {
    const r = await this.get(id);
    if (!r) throw new Error(`no store ${id}`);
    return this.put({
      ...r,
      credentials: this.secrets.seal(credentials),
      sellerId: sellerId ?? r.sellerId,
      apiStatus: "UNKNOWN",
      apiStatusCheckedAt: null,
      apiStatusMessage: null,
      updatedAt: this.now().toISOString(),
    });
  }

  /** The store's credentials in the clear: for the marketplace subgraphs' clients only. */
  credentialsOf<T extends Record<string, string>>(r: StoreRecord): T | null {
    return r.credentials ? this.secrets.open<T>(r.credentials) : null;
  }

  async setApiStatus(id: string, status: ApiStatusValue, message: string | null): Promise<StoreRecord> {
    const r = await this.get(id);
    if (!r) throw new Error(`no store ${id}`);
    const at = this.now().toISOString();
    return this.put({ ...r, apiStatus: status, apiStatusMessage: message, apiStatusCheckedAt: at, updatedAt: at });
  }

  /** Follows registry changes (from now on) until the signal aborts. */
  async watch(signal: AbortSignal, onChange: (change: RegistryChange) => void | Promise<void>): Promise<void> {
    try {
      for await (const e of this.events.subscribe<RegistryChange>(STORE_REGISTRY_STREAM, LIVE, signal)) await onChange(e.payload);
    } catch (err) {
      if (!signal.aborted) throw err;
    }
  }
}
