// API keys: each belongs to a tenant and has scopes. Only a SHA-256 hash of the secret part is stored
// (the database's `api_keys` table), so a leaked database gives no usable key; the whole key is shown
// once, when created.
// Format: `pgk_<id>_<secret>`; the id finds the record, the secret is compared in constant time.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { apiKeys, type Db, tenants } from "@pazargraph/db";
import { and, asc, eq } from "drizzle-orm";
import type { Identity, Scope } from "./identity.ts";
import { type EventBus, LIVE } from "./ports/index.ts";

/** Where revocations are announced, so every gateway replica closes the key's open sockets at once. */
export const API_KEY_EVENTS_STREAM = "security:api-keys";

export interface ApiKeyEvent {
  kind: "revoked";
  keyId: string;
  tenantId: string;
}

const KEY = /^pgk_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export interface ApiKeyRecord {
  id: string;
  tenantId: string;
  name: string;
  scopes: Scope[];
  /** The first characters of the key, to recognise it in a list. */
  prefix: string;
  hash: string;
  createdAt: string;
  revokedAt: string | null;
  /** The key stops working at this time; null: until revoked. */
  expiresAt?: string | null;
}

export type PublicApiKey = Omit<ApiKeyRecord, "hash">;

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

function fromRow(r: typeof apiKeys.$inferSelect): ApiKeyRecord {
  return {
    id: r.id,
    tenantId: r.tenantId,
    name: r.name,
    scopes: r.scopes as Scope[],
    prefix: r.prefix,
    hash: r.hash,
    createdAt: r.createdAt.toISOString(),
    revokedAt: r.revokedAt?.toISOString() ?? null,
    expiresAt: r.expiresAt?.toISOString() ?? null,
  };
}

/** How long a looked-up key is trusted without the database (revocations invalidate it at once). */
const CACHE_MS = 30_000;
/** How long "no such key" is remembered (random ids: a spray of bad keys costs no query each). */
const MISS_CACHE_MS = 10_000;
const CACHE_MAX = 10_000;

export class ApiKeyStore {
  /** Key records by id, so that a request costs no database round trip; see `followRevocations`. */
  private readonly cache = new Map<string, { record: ApiKeyRecord | null; at: number }>();
  /** Bumped by every invalidation: a lookup that raced one is not cached. */
  private generation = 0;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
    private readonly events?: EventBus,
  ) {}

  /**
   * Drops cached keys as revocations are announced by any replica, until `signal` aborts. Without it a
   * revoked key could still be accepted here for up to 30 s.
   */
  async followRevocations(signal: AbortSignal): Promise<void> {
    if (!this.events) return;
    try {
      for await (const e of this.events.subscribe<ApiKeyEvent>(API_KEY_EVENTS_STREAM, LIVE, signal)) this.invalidate(e.payload.keyId);
    } catch (err) {
      if (!signal.aborted) throw err;
    }
  }

  private invalidate(id: string) {
    this.cache.delete(id);
    this.generation++;
  }

  /** The key's record, from the cache when fresh. */
  private async lookup(id: string): Promise<ApiKeyRecord | undefined> {
    const at = Date.now();
    const hit = this.cache.get(id);
    if (hit && at - hit.at < (hit.record ? CACHE_MS : MISS_CACHE_MS)) return hit.record ?? undefined;
    const generation = this.generation;
    const record = await this.byId(id);
    if (generation === this.generation) {
      if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(id, { record: record ?? null, at });
    }
    return record;
  }

  static toPublic({ hash: _hash, ...rest }: ApiKeyRecord): PublicApiKey {
    return rest;
  }

  async create(tenantId: string, name: string, scopes: Scope[], expiresAt: Date | null = null): Promise<{ key: string; record: ApiKeyRecord }> {
    const id = randomUUID().replaceAll("-", "");
    const secret = randomBytes(32).toString("base64url");
    const key = `pgk_${id}_${secret}`;
    const record: ApiKeyRecord = {
      id,
      tenantId,
      name,
      scopes,
      prefix: key.slice(0, 12),
      hash: sha256(secret),
      createdAt: this.now().toISOString(),
      revokedAt: null,
      expiresAt: expiresAt?.toISOString() ?? null,
    };
    await this.db.insert(tenants).values({ id: tenantId }).onConflictDoNothing();
    await this.db.insert(apiKeys).values({ ...record, createdAt: new Date(record.createdAt), revokedAt: null, expiresAt: expiresAt ?? null });
    return { key, record };
  }

  async list(tenantId: string): Promise<ApiKeyRecord[]> {
    const rows = await this.db.select().from(apiKeys).where(eq(apiKeys.tenantId, tenantId)).orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
    return rows.map(fromRow);
  }

  private async byId(id: string): Promise<ApiKeyRecord | undefined> {
    const [row] = await this.db.select().from(apiKeys).where(eq(apiKeys.id, id)).limit(1);
    return row ? fromRow(row) : undefined;
  }

  /** Revokes a key of the tenant; false when the tenant has no such key. */
  async revoke(tenantId: string, id: string): Promise<ApiKeyRecord | null> {
    const [row] = await this.db
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.tenantId, tenantId), eq(apiKeys.id, id)))
      .limit(1);
    if (!row) return null;
    const next = fromRow(row);
    if (!row.revokedAt) {
      const at = this.now();
      await this.db.update(apiKeys).set({ revokedAt: at }).where(eq(apiKeys.id, id));
      next.revokedAt = at.toISOString();
    }
    this.invalidate(id);
    const event: ApiKeyEvent = { kind: "revoked", keyId: id, tenantId };
    await this.events?.publish(API_KEY_EVENTS_STREAM, event);
    return next;
  }

  /** The identity again for a key checked before (by id, no secret): null once revoked or expired. */
  async recheck(identity: Identity): Promise<Identity | null> {
    const m = /^key:([0-9a-f]{32})$/.exec(identity.subject);
    if (!m) return null;
    const r = await this.lookup(m[1]);
    if (!r || r.revokedAt || r.tenantId !== identity.tenantId) return null;
    const expiresAt = r.expiresAt ? Date.parse(r.expiresAt) : undefined;
    if (expiresAt !== undefined && expiresAt <= this.now().getTime()) return null;
    return { tenantId: r.tenantId, subject: identity.subject, scopes: r.scopes, expiresAt };
  }

  /** The identity a key stands for, or null (unknown, revoked or malformed). */
  async verify(key: string | undefined | null): Promise<Identity | null> {
    const m = key ? KEY.exec(key.trim()) : null;
    if (!m) return null;
    const r = await this.lookup(m[1]);
    if (!r || r.revokedAt) return null;
    const expiresAt = r.expiresAt ? Date.parse(r.expiresAt) : undefined;
    if (expiresAt !== undefined && expiresAt <= this.now().getTime()) return null;
    const a = Buffer.from(sha256(m[2]));
    const b = Buffer.from(r.hash);
    if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
    return { tenantId: r.tenantId, subject: `key:${r.id}`, scopes: r.scopes, expiresAt };
  }
}
