// Unit tests for what guards every request: the signed identity the gateway hands the subgraphs, the
// sealed store credentials and the shared-key check, and API keys (hash only, revocation, expiry, the
// per-process cache and its invalidation by a revocation from another replica).
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { apiKeys as apiKeysTable, type Database, openDatabase } from "@pazargraph/db";
import { eq } from "drizzle-orm";
import { until } from "../../test/until.ts";
import { ApiKeyStore } from "./api-keys.ts";
import { ConfigError } from "./config.ts";
import { requireScope, signIdentity, verifyIdentity } from "./identity.ts";
import { createMemoryEventBus, createMemoryKeyValueStore } from "./ports/index.ts";
import { checkSharedKey, createSecretBox, loadOrCreateKey } from "./secrets.ts";

const id = { tenantId: "acme", subject: "key:1", scopes: ["read" as const] };

describe("signed identity", () => {
  it("verifies what was signed with the same secret, within its age, and nothing else", () => {
    const now = 1_800_000_000_000;
    const signed = signIdentity(id, "s3cret", now);
    assert.deepEqual(verifyIdentity(signed, "s3cret", now + 1000), id);
    assert.equal(verifyIdentity(signed, "other", now), null, "another secret");
    assert.equal(verifyIdentity(signed, "s3cret", now + 6 * 60_000), null, "too old");
    assert.equal(verifyIdentity(signed, "s3cret", now - 6 * 60_000), null, "from the future");
    const [v, body, at, mac] = signed.split(".");
    const forged = Buffer.from(JSON.stringify({ ...id, tenantId: "other" })).toString("base64url");
    assert.equal(verifyIdentity([v, forged, at, mac].join("."), "s3cret", now), null, "a changed body");
    assert.equal(verifyIdentity([v, body, String(now + 1), mac].join("."), "s3cret", now), null, "a changed time");
    for (const junk of [null, "", "v1", "v2.a.b.c", "v1.a.b", `${signed}.x`]) assert.equal(verifyIdentity(junk, "s3cret", now), null, String(junk));
  });
  it("checks scopes in order: admin implies write implies read", () => {
    assert.doesNotThrow(() => requireScope({ ...id, scopes: ["admin"] }, "write"));
    assert.throws(
      () => requireScope(id, "write"),
      (e: { extensions?: { code?: string } }) => e.extensions?.code === "FORBIDDEN",
    );
    assert.throws(
      () => requireScope(undefined, "read"),
      (e: { extensions?: { code?: string } }) => e.extensions?.code === "UNAUTHENTICATED",
    );
  });
});

describe("sealed credentials and keys", () => {
  it("opens what it sealed, refuses a tampered or foreign box with a message naming the setting", () => {
    const box = createSecretBox(randomBytes(32));
    const sealed = box.seal({ clientSecret: "x" });
    assert.ok(!JSON.stringify(sealed).includes('"x"'));
    assert.deepEqual(box.open(sealed), { clientSecret: "x" });
    const tampered = { ...sealed, data: Buffer.from("tampered").toString("base64") };
    assert.throws(() => box.open(tampered), ConfigError);
    assert.throws(() => createSecretBox(randomBytes(32)).open(sealed), /PAZARGRAPH_CREDENTIALS_KEY/);
    assert.throws(() => createSecretBox(randomBytes(16)), /32 bytes/);
  });
  it("creates a key file once, private, and tightens one others can read", () => {
    const dir = mkdtempSync(join(tmpdir(), "pg-key-"));
    const file = join(dir, "keys", "credentials.key");
    const first = loadOrCreateKey({ file });
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.deepEqual(loadOrCreateKey({ file }), first, "the same key next time");
    const loose = join(dir, "loose.key");
    writeFileSync(loose, randomBytes(32).toString("base64"), { mode: 0o644 });
    loadOrCreateKey({ file: loose });
    assert.equal(statSync(loose).mode & 0o777, 0o600);
    assert.throws(() => loadOrCreateKey({ base64: Buffer.from("short").toString("base64"), file }), /32 bytes/);
  });
  it("stops a replica whose key is not the one the shared state was written with", async () => {
    const kv = createMemoryKeyValueStore();
    const key = randomBytes(32);
    await checkSharedKey(kv, "credentials", "security.credentialsKey", key);
    await checkSharedKey(kv, "credentials", "security.credentialsKey", key);
    await assert.rejects(checkSharedKey(kv, "credentials", "security.credentialsKey", randomBytes(32)), /security\.credentialsKey/);
    assert.ok(!JSON.stringify(await kv.entries("key-checks")).includes(key.toString("base64")), "only a fingerprint is kept");
  });
});

describe("API keys", () => {
  let database: Database;
  before(async () => {
    database = await openDatabase({});
  });
  after(() => database.close());

  it("keeps only a hash, verifies the whole key only, and stops a revoked or expired key", async () => {
    let now = new Date("2026-11-25T12:00:00Z");
    const store = new ApiKeyStore(database.db, () => now);
    const { key, record } = await store.create("acme", "dashboard", ["read"], new Date("2026-11-26T12:00:00Z"));
    const [row] = await database.db.select().from(apiKeysTable).where(eq(apiKeysTable.id, record.id));
    // pgk_<id>_<secret>: the secret is base64url, so it may itself hold "_" (split("_") would cut it short).
    const secret = key.slice(`pgk_${record.id}_`.length);
    assert.ok(secret.length >= 32 && key === `pgk_${record.id}_${secret}`, "the key is pgk_<id>_<secret>");
    assert.ok(!JSON.stringify(row).includes(secret), "the secret part is not stored");
    assert.equal((await store.verify(key))?.tenantId, "acme");
    assert.equal(await store.verify(`${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`), null, "a wrong secret");
    assert.equal(await store.verify("pgk_nope"), null);
    assert.equal(await store.revoke("other-tenant", record.id), null, "another tenant cannot revoke it");
    now = new Date("2026-11-27T12:00:00Z");
    assert.equal(await store.verify(key), null, "expired");
    const second = await store.create("acme", "app", ["read"]);
    assert.ok(await store.verify(second.key));
    await store.revoke("acme", second.record.id);
    assert.equal(await store.verify(second.key), null, "revoked here: at once");
  });

  it("caches a key per process, and drops it at once when another replica revokes it", async () => {
    const bus = createMemoryEventBus();
    const here = new ApiKeyStore(database.db, undefined, bus);
    const elsewhere = new ApiKeyStore(database.db, undefined, bus);
    const watching = new AbortController();
    // Subscribed by the time the call returns (the bus registers the listener synchronously).
    const following = here.followRevocations(watching.signal);
    const { key, record } = await elsewhere.create("acme", "cached", ["read"]);
    assert.ok(await here.verify(key), "looked up, and cached");
    // Without the event the cache would still say yes: revoke in the database directly first.
    await database.db.update(apiKeysTable).set({ revokedAt: new Date() }).where(eq(apiKeysTable.id, record.id));
    assert.ok(await here.verify(key), "cached (no event yet)");
    await elsewhere.revoke("acme", record.id);
    await until(async () => (await here.verify(key)) === null, "the revocation event dropped it");
    watching.abort();
    await following;
  });
});
