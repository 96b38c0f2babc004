// API keys: each belongs to a tenant and has scopes. Only a SHA-256 hash of the secret part is stored
// (key-value port), so a leaked store gives no usable key; the whole key is shown once, when created.
// Format: `pgk_<id>_<secret>`; the id finds the record, the secret is compared in constant time.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import type { Identity, Scope } from "./identity.ts";
import type { EventBus, KeyValueStore } from "./ports/index.ts";

/** Where revocations are announced, so every gateway replica closes the key's open sockets at once. */
export const API_KEY_EVENTS_STREAM = "security:api-keys";

export interface ApiKeyEvent {
  kind: "revoked";
  keyId: string;
  tenantId: string;
}

const NS = "api-keys";
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

export class ApiKeyStore {
  constructor(
    private readonly kv: KeyValueStore,
    private readonly now: () => Date = () => new Date(),
    private readonly events?: EventBus,
  ) {}

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
    await this.kv.set(NS, id, record);
    return { key, record };
  }

  async list(tenantId: string): Promise<ApiKeyRecord[]> {
    return (await this.kv.entries<ApiKeyRecord>(NS))
      .map(([, r]) => r)
      .filter((r) => r.tenantId === tenantId)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** Revokes a key of the tenant; false when the tenant has no such key. */
  async revoke(tenantId: string, id: string): Promise<ApiKeyRecord | null> {
    const r = await this.kv.get<ApiKeyRecord>(NS, id);
    if (!r || r.tenantId !== tenantId) return null;
    const next = { ...r, revokedAt: r.revokedAt ?? this.now().toISOString() };
    await this.kv.set(NS, id, next);
    const event: ApiKeyEvent = { kind: "revoked", keyId: id, tenantId };
    await this.events?.publish(API_KEY_EVENTS_STREAM, event);
    return next;
  }

  /** The identity again for a key checked before (by id, no secret): null once revoked or expired. */
  async recheck(identity: Identity): Promise<Identity | null> {
    const m = /^key:([0-9a-f]{32})$/.exec(identity.subject);
    if (!m) return null;
    const r = await this.kv.get<ApiKeyRecord>(NS, m[1]);
    if (!r || r.revokedAt || r.tenantId !== identity.tenantId) return null;
    const expiresAt = r.expiresAt ? Date.parse(r.expiresAt) : undefined;
    if (expiresAt !== undefined && expiresAt <= this.now().getTime()) return null;
    return { tenantId: r.tenantId, subject: identity.subject, scopes: r.scopes, expiresAt };
  }

  /** The identity a key stands for, or null (unknown, revoked or malformed). */
  async verify(key: string | undefined | null): Promise<Identity | null> {
    const m = key ? KEY.exec(key.trim()) : null;
    if (!m) return null;
    const r = await this.kv.get<ApiKeyRecord>(NS, m[1]);
    if (!r || r.revokedAt) return null;
    const expiresAt = r.expiresAt ? Date.parse(r.expiresAt) : undefined;
    if (expiresAt !== undefined && expiresAt <= this.now().getTime()) return null;
    const a = Buffer.from(sha256(m[2]));
    const b = Buffer.from(r.hash);
    if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
    return { tenantId: r.tenantId, subject: `key:${r.id}`, scopes: r.scopes, expiresAt };
  }
}
